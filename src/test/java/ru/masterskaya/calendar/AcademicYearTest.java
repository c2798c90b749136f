package ru.masterskaya.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcademicYearTest {

    @Test
    void startsOnTheFirstOfSeptember() {
        assertThat(AcademicYear.containing(LocalDate.of(2025, 9, 1))).isEqualTo(new AcademicYear(2025));
        assertThat(AcademicYear.containing(LocalDate.of(2025, 8, 31))).isEqualTo(new AcademicYear(2024));
    }

    @Test
    void endsOnTheThirtyFirstOfAugust() {
        AcademicYear year = new AcademicYear(2025);

        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(year.contains(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 9, 1))).isFalse();
    }

    @Test
    void isWrittenInFullAndShortForms() {
        assertThat(new AcademicYear(2025).label()).isEqualTo("2025/2026");
        assertThat(new AcademicYear(2025).shortLabel()).isEqualTo("2025/26");
        assertThat(new AcademicYear(2099).shortLabel()).isEqualTo("2099/00");
    }

    @Test
    void readsBothWrittenForms() {
        assertThat(AcademicYear.parse("2025/26")).isEqualTo(new AcademicYear(2025));
        assertThat(AcademicYear.parse(" 2025 / 2026 ")).isEqualTo(new AcademicYear(2025));
        assertThat(AcademicYear.parse("2099/00")).isEqualTo(new AcademicYear(2099));
    }

    @Test
    void rejectsYearsThatDoNotFollowEachOther() {
        assertThatIllegalArgumentException().isThrownBy(() -> AcademicYear.parse("2025/27"));
        assertThatIllegalArgumentException().isThrownBy(() -> AcademicYear.parse("2025"));
        assertThatIllegalArgumentException().isThrownBy(() -> AcademicYear.parse("двадцать пятый"));
    }
}
