package ru.masterskaya.registry.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.PersonManagement;

/** The start page, the login page and a person's own profile. */
@Controller
class HomeController {

    private final PersonManagement people;

    HomeController(PersonManagement people) {
        this.people = people;
    }

    @GetMapping("/")
    String home() {
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
