package ru.masterskaya.diagnostics.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdsTest {

    @ParameterizedTest(name = "{0} % is {1} under Р-201")
    @CsvSource({"0, HIGH", "60, HIGH", "61, MEDIUM", "80, MEDIUM", "81, MINIMAL", "100, MINIMAL"})
    void theR201BoundariesFallWhereTheRecommendationPutsThem(int percent, DeficitLevel expected) {
        assertThat(Thresholds.R201.levelOf(percent)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "with thresholds 50/70, {0} % is {1}")
    @CsvSource({"49, HIGH", "50, MEDIUM", "69, MEDIUM", "70, MINIMAL"})
    void aCampaignMayMoveTheBoundaries(int percent, DeficitLevel expected) {
        assertThat(new Thresholds(50, 70).levelOf(percent)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "thresholds {0}/{1} are refused")
    @CsvSource({"0, 50", "70, 70", "80, 60", "50, 101"})
    void thresholdsThatDoNotGrowWithinAHundredAreRefused(int mediumFrom, int minimalFrom) {
        assertThat(Thresholds.areValid(mediumFrom, minimalFrom)).isFalse();
        assertThatThrownBy(() -> new Thresholds(mediumFrom, minimalFrom)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} of {1} is {2} %")
    @CsvSource({"5, 6, 83", "4, 7, 57", "1, 2, 50", "0, 9, 0", "9, 9, 100", "12, 9, 100", "-3, 9, 0", "0, 0, 100"})
    void percentOfTheMaximumIsRoundedHalfUpAndBounded(long score, long max, int expected) {
        assertThat(Percent.of(score, max)).isEqualTo(expected);
    }
}
