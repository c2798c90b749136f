package ru.masterskaya.registry.account.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import ru.masterskaya.registry.account.LinkNoLongerValid;

/**
 * A one-time link by which a person chooses a password, then logs in: the invitation and the
 * password reset differ only in where the link points and what using it does.
 */
abstract class SetPasswordByLinkController {

    private final String purpose;
    private final String path;

    SetPasswordByLinkController(String purpose, String path) {
        this.purpose = purpose;
        this.path = path;
    }

    /** The login the link belongs to, while the link is still valid. */
    abstract Optional<String> loginOf(String token);

    /** Sets the password and spends the link. */
    abstract void use(String token, String password);

    @ModelAttribute("passwordForm")
    NewPasswordFormData passwordForm(@PathVariable String token) {
        return NewPasswordFormData.forLogin(loginOf(token).orElse(null));
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
        return SetPasswordPages.form(model, purpose, path + token);
    }

    @PostMapping
    String setPassword(
            @PathVariable String token,
            @Valid @ModelAttribute("passwordForm") NewPasswordFormData form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        if (form.getLogin() == null) {
            return SetPasswordPages.linkInvalid(response);
        }
        if (result.hasErrors()) {
            return SetPasswordPages.form(model, purpose, path + token);
        }
        try {
            use(token, Objects.requireNonNull(form.getPassword()));
        } catch (LinkNoLongerValid e) {
            return SetPasswordPages.linkInvalid(response);
        }
        return "redirect:/login?passwordSet";
    }
}
