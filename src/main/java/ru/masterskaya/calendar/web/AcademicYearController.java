package ru.masterskaya.calendar.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.calendar.SelectedAcademicYear;

@Controller
class AcademicYearController {

    private final SelectedAcademicYear choice;

    AcademicYearController(SelectedAcademicYear choice) {
        this.choice = choice;
    }

    /** Switches the year and returns to the page the user came from (only within this site). */
    @PostMapping("/academic-year")
    String choose(@RequestParam String year, @RequestParam(defaultValue = "/") String returnTo, HttpSession session) {
        try {
            choice.choose(session, AcademicYear.parse(year));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a selectable academic year: " + year);
        }
        boolean local = returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\");
        return "redirect:" + (local ? returnTo : "/");
    }
}
