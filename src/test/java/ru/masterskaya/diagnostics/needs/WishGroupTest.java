package ru.masterskaya.diagnostics.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.masterskaya.diagnostics.needs.WishGroup.RepeatedWish;

class WishGroupTest {

    @Test
    void wishesThatDifferOnlyByCaseYoOrAFinalFullStopAreListedOnceWithTheirCountMostFrequentFirst() {
        WishGroup group = new WishGroup(null, null, List.of(
                "Как вести сетевое сообщество",
                "Хочу научиться проводить хакатоны с коллегами.",
                "хочу научиться проводить хакатоны с коллегами",
                "Хочу научиться проводить хакатоны с коллёгами"));

        assertThat(group.repeated()).containsExactly(
                new RepeatedWish("Хочу научиться проводить хакатоны с коллегами.", 3),
                new RepeatedWish("Как вести сетевое сообщество", 1));
    }
}
