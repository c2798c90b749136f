package ru.masterskaya.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void readsYoAsYeAndIgnoresCase() {
        assertThat(SearchText.normalize("СЕМЁНОВА Алёна")).isEqualTo(SearchText.normalize("семенова алена"));
    }

    @Test
    void foldsRunsOfSpaces() {
        assertThat(SearchText.normalize("  Иванов \t Пётр  ")).isEqualTo("иванов петр");
    }

    @Test
    void splitsAQueryIntoWordsThatMustAllMatch() {
        assertThat(SearchText.words(" Иванов  Пётр ")).containsExactly("иванов", "петр");
        assertThat(SearchText.words("   ")).isEmpty();
    }
}
