package ru.masterskaya.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import ru.masterskaya.registry.QualificationCategory;

class CategoryLabelsTest {

    private final CategoryLabels labels = new CategoryLabels(messages());

    @Test
    void readsRussianLabelsInAnyCaseWithAnyDashAndYo() {
        assertThat(labels.parse("Высшая")).contains(QualificationCategory.HIGHEST);
        assertThat(labels.parse("  ПЕРВАЯ ")).contains(QualificationCategory.FIRST);
        assertThat(labels.parse("педагог – наставник")).contains(QualificationCategory.TEACHER_MENTOR);
        assertThat(labels.parse("Педагог-методист")).contains(QualificationCategory.TEACHER_METHODOLOGIST);
        assertThat(labels.parse("соответствие  занимаемой должности")).contains(QualificationCategory.CORRESPONDENCE);
        assertThat(labels.parse("без категории")).contains(QualificationCategory.NONE);
    }

    @Test
    void understandsCodesEnglishLabelsAndTheUsualAbbreviation() {
        assertThat(labels.parse("HIGHEST")).contains(QualificationCategory.HIGHEST);
        assertThat(labels.parse("Teacher-mentor")).contains(QualificationCategory.TEACHER_MENTOR);
        assertThat(labels.parse("СЗД")).contains(QualificationCategory.CORRESPONDENCE);
    }

    @Test
    void doesNotGuessUnknownCategories() {
        assertThat(labels.parse("вторая")).isEmpty();
        assertThat(labels.parse("высшая категория")).isEmpty();
    }

    @Test
    void writesRussianLabelsInTheOrderOfCategories() {
        assertThat(labels.russianLabels()).containsExactly(
                "Без категории", "Соответствие занимаемой должности", "Первая", "Высшая", "Педагог-методист", "Педагог-наставник");
        assertThat(labels.russian(QualificationCategory.FIRST)).isEqualTo("Первая");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
