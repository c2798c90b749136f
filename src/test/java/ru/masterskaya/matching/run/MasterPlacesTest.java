package ru.masterskaya.matching.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A master's places in a run: their capacity, bounded by what their yearly cap leaves after the pairs of the year. */
class MasterPlacesTest {

    @Test
    void aMasterWithNoPairsYetTakesTheSmallerOfCapacityAndYearlyCap() {
        assertThat(ProblemBuilder.places(2, 4, 0)).isEqualTo(2);
        assertThat(ProblemBuilder.places(3, 2, 0)).isEqualTo(2);
    }

    @Test
    void threePublishedPairsUnderAYearlyCapOfFourLeaveOnePlaceWhateverTheCapacity() {
        assertThat(ProblemBuilder.places(2, 4, 3)).isEqualTo(1);
    }

    @Test
    void aSpentYearlyCapLeavesNoPlaceAndNeverANegativeOne() {
        assertThat(ProblemBuilder.places(2, 4, 4)).isZero();
        assertThat(ProblemBuilder.places(2, 4, 6)).isZero();
    }
}
