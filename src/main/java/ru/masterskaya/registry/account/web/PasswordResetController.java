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
import ru.masterskaya.registry.account.LinkNoLongerValid;
import ru.masterskaya.registry.account.PasswordResets;

/** The reset link from the «forgot password» e-mail: a new password, then the login page. */
@Controller
@RequestMapping("/password/reset/{token}")
class PasswordResetController {

    private static final String PURPOSE = "reset";

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @ModelAttribute("passwordForm")
    NewPasswordFormData passwordForm(@PathVariable String token) {
        return NewPasswordFormData.forLogin(resets.loginOf(token).orElse(null));
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
        return SetPasswordPages.form(model, PURPOSE, "/password/reset/" + token);
    }

    @PostMapping
    String reset(
            @PathVariable String token,
            @Valid @ModelAttribute("passwordForm") NewPasswordFormData form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        if (form.getLogin() == null) {
            return SetPasswordPages.linkInvalid(response);
        }
        if (result.hasErrors()) {
            return SetPasswordPages.form(model, PURPOSE, "/password/reset/" + token);
        }
        try {
            resets.reset(token, Objects.requireNonNull(form.getPassword()));
        } catch (LinkNoLongerValid e) {
            return SetPasswordPages.linkInvalid(response);
        }
        return "redirect:/login?passwordSet";
    }
}
