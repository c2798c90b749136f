package ru.masterskaya.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/** The current academic year and the years a user may switch between. */
@Service
public class AcademicYears {

    static final int YEARS_BACK = 4;

    private final Clock clock;

    AcademicYears(Clock clock) {
        this.clock = clock;
    }

    public AcademicYear current() {
        return AcademicYear.containing(LocalDate.now(clock));
    }

    /** The next year (for planning ahead), the current one and the previous four, newest first. */
    public List<AcademicYear> selectable() {
        int current = current().startYear();
        return IntStream.iterate(current + 1, year -> year - 1)
                .limit(YEARS_BACK + 2)
                .mapToObj(AcademicYear::new)
                .toList();
    }

    public boolean isSelectable(AcademicYear year) {
        return selectable().contains(year);
    }
}
