package ru.masterskaya.practice.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.masterskaya.calendar.SelectedAcademicYear;
import ru.masterskaya.practice.PairViews;
import ru.masterskaya.registry.CurrentUser;

/** «Мои пары»: the pairs of the selected year where the signed-in person is the master or the practitioner. */
@Controller
class MyPairsController {

    private final PairViews views;
    private final SelectedAcademicYear selectedYear;

    MyPairsController(PairViews views, SelectedAcademicYear selectedYear) {
        this.views = views;
        this.selectedYear = selectedYear;
    }

    @GetMapping("/my/pairs")
    String list(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
        model.addAttribute("rows", views.own(user.personId().value(), selectedYear.of(session)));
        return "practice/my-pairs";
    }
}
