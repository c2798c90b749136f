package ru.masterskaya.registry.web;

import jakarta.servlet.http.HttpSession;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.calendar.SelectedAcademicYear;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.HomePanel;
import ru.masterskaya.registry.HomeSection;
import ru.masterskaya.registry.PersonManagement;

/**
 * The start page, the login page and a person's own profile. The start page shows what waits for the
 * person in the selected year, gathered from every capability's {@link HomeSection}: panels that ask
 * for action first, then in the sections' order.
 */
@Controller
class HomeController {

    private final PersonManagement people;
    private final List<HomeSection> sections;
    private final SelectedAcademicYear selectedYear;

    HomeController(PersonManagement people, List<HomeSection> sections, SelectedAcademicYear selectedYear) {
        this.people = people;
        this.sections = sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).toList();
        this.selectedYear = selectedYear;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, HttpSession session, Locale locale, Model model) {
        AcademicYear year = selectedYear.of(session);
        List<HomePanel> panels = sections.stream().flatMap(section -> section.panelFor(user, year, locale).stream()).toList();
        model.addAttribute("panels", panels.stream().sorted(Comparator.comparing(panel -> !panel.needsAttention())).toList());
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "account/login";
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("person", people.own(user.personId()));
        model.addAttribute("roles", user.roles());
        return "account/profile";
    }
}
