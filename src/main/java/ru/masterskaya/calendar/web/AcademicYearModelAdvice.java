package ru.masterskaya.calendar.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.calendar.AcademicYears;
import ru.masterskaya.calendar.SelectedAcademicYear;

/** Gives every page the selected year and the choices for the header's selector. */
@ControllerAdvice
class AcademicYearModelAdvice {

    private final AcademicYears years;
    private final SelectedAcademicYear selected;

    AcademicYearModelAdvice(AcademicYears years, SelectedAcademicYear selected) {
        this.years = years;
        this.selected = selected;
    }

    @ModelAttribute("academicYear")
    AcademicYear academicYear(HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null ? years.current() : selected.of(session);
    }

    @ModelAttribute("academicYears")
    List<AcademicYear> academicYears() {
        return years.selectable();
    }
}
