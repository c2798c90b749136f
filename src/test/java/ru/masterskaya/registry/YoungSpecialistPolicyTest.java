package ru.masterskaya.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YoungSpecialistPolicyTest {

    @Test
    void teacherUnderThirtyFiveInTheFourthYearOfWorkIsYoung() {
        assertThat(YoungSpecialistPolicy.applies(1995, 2023, 2026)).isTrue();
    }

    @Test
    void teacherTurningThirtyFiveThisYearIsNoLongerYoung() {
        assertThat(YoungSpecialistPolicy.applies(1991, 2025, 2026)).isFalse();
        assertThat(YoungSpecialistPolicy.applies(1992, 2025, 2026)).isTrue();
    }

    @Test
    void teacherWithMoreThanThreeYearsOfWorkIsNoLongerYoung() {
        assertThat(YoungSpecialistPolicy.applies(2000, 2022, 2026)).isFalse();
    }

    @Test
    void unknownYearsNeverCountAsYoung() {
        assertThat(YoungSpecialistPolicy.applies(null, 2025, 2026)).isFalse();
        assertThat(YoungSpecialistPolicy.applies(2000, null, 2026)).isFalse();
    }

    @Test
    void boundsUsedByTheListFilterAgreeWithThePolicy() {
        int year = 2026;
        int earliestBirth = YoungSpecialistPolicy.earliestBirthYear(year);
        int earliestStart = YoungSpecialistPolicy.earliestExperienceStart(year);

        assertThat(YoungSpecialistPolicy.applies(earliestBirth, earliestStart, year)).isTrue();
        assertThat(YoungSpecialistPolicy.applies(earliestBirth - 1, earliestStart, year)).isFalse();
        assertThat(YoungSpecialistPolicy.applies(earliestBirth, earliestStart - 1, year)).isFalse();
    }
}
