package ru.masterskaya.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AcademicYearsTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void currentYearFollowsTheClockInMoscowTime() {
        Clock lateAugustEveningInUtc = Clock.fixed(Instant.parse("2026-08-31T22:30:00Z"), MOSCOW);

        assertThat(new AcademicYears(lateAugustEveningInUtc).current()).isEqualTo(new AcademicYear(2026));
    }

    @Test
    void offersNextYearCurrentYearAndFourPreviousNewestFirst() {
        AcademicYears years = new AcademicYears(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), MOSCOW));

        assertThat(years.selectable()).extracting(AcademicYear::shortLabel)
                .containsExactly("2027/28", "2026/27", "2025/26", "2024/25", "2023/24", "2022/23");
        assertThat(years.isSelectable(new AcademicYear(2021))).isFalse();
    }
}
