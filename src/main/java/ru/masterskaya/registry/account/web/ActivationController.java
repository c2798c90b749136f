package ru.masterskaya.registry.account.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.masterskaya.registry.account.Invitations;
import ru.masterskaya.registry.account.LinkNoLongerValid;

/** The invitation link: the invited person chooses a password and can then log in. */
@Controller
@RequestMapping("/account/activate/{token}")
class ActivationController {

    private static final String PURPOSE = "activation";

    private final Invitations invitations;

    ActivationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @ModelAttribute("passwordForm")
    NewPasswordFormData passwordForm(@PathVariable String token) {
        return NewPasswordFormData.forLogin(invitations.loginOf(token).orElse(null));
    }

    @InitBinder("passwordForm")
    void bindOnlyPasswords(WebDataBinder binder) {
        binder.setAllowedFields("password", "confirmation");
    }

    @GetMapping
    String form(@PathVariable String token, @ModelAttribute("passwordForm") NewPasswordFormData form, Model model, HttpServletResponse response) {
        if (form.getLogin() == null) {
            return SetPasswordPages.linkInvalid(response);
        }
        return SetPasswordPages.form(model, PURPOSE, "/account/activate/" + token);
    }

    @PostMapping
    String activate(
            @PathVariable String token,
            @Valid @ModelAttribute("passwordForm") NewPasswordFormData form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        if (form.getLogin() == null) {
            return SetPasswordPages.linkInvalid(response);
        }
        if (result.hasErrors()) {
            return SetPasswordPages.form(model, PURPOSE, "/account/activate/" + token);
        }
        try {
            invitations.activate(token, Objects.requireNonNull(form.getPassword()));
        } catch (LinkNoLongerValid e) {
            return SetPasswordPages.linkInvalid(response);
        }
        return "redirect:/login?passwordSet";
    }
}
