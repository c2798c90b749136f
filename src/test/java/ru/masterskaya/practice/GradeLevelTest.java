package ru.masterskaya.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GradeLevelTest {

    @Test
    void eightyFivePercentOfThePointsAndMoreIsHigh() {
        assertThat(GradeLevel.of(12, 12)).isEqualTo(GradeLevel.HIGH);
        assertThat(GradeLevel.of(17, 20)).isEqualTo(GradeLevel.HIGH);
        assertThat(GradeLevel.of(11, 12)).isEqualTo(GradeLevel.HIGH);
        assertThat(GradeLevel.of(10, 12)).isEqualTo(GradeLevel.MEDIUM);
    }

    @Test
    void sixtyPercentUpToEightyFiveIsMediumAndLessIsLow() {
        assertThat(GradeLevel.of(3, 5)).isEqualTo(GradeLevel.MEDIUM);
        assertThat(GradeLevel.of(8, 12)).isEqualTo(GradeLevel.MEDIUM);
        assertThat(GradeLevel.of(7, 12)).isEqualTo(GradeLevel.LOW);
        assertThat(GradeLevel.of(4, 12)).isEqualTo(GradeLevel.LOW);
    }

    @Test
    void theLevelIsWrittenInRussianWordsForTheDocuments() {
        assertThat(GradeLevel.of(12, 12).words()).isEqualTo("высокий");
        assertThat(GradeLevel.of(8, 12).words()).isEqualTo("средний");
        assertThat(GradeLevel.of(0, 12).words()).isEqualTo("низкий");
        assertThat(GradeLevel.of(0, 0)).isEqualTo(GradeLevel.LOW);
    }
}
