package ru.masterskaya.calendar;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/**
 * The academic year a user works in, chosen in the header; kept in the (database-backed) session
 * so that every node shows the same year. Defaults to the current year.
 */
@Component
public class SelectedAcademicYear {

    static final String ATTRIBUTE = "masterskaya.academicYear";

    private final AcademicYears years;

    SelectedAcademicYear(AcademicYears years) {
        this.years = years;
    }

    public AcademicYear of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof AcademicYear year ? year : years.current();
    }

    public void choose(HttpSession session, AcademicYear year) {
        if (!years.isSelectable(year)) {
            throw new IllegalArgumentException("Year not selectable: " + year);
        }
        session.setAttribute(ATTRIBUTE, year);
    }
}
