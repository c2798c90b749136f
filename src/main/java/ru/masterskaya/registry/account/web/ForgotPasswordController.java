package ru.masterskaya.registry.account.web;

import jakarta.validation.Valid;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.masterskaya.registry.account.PasswordResets;

/** «Forgot password»: the answer is the same for every address, so nobody learns who has an account. */
@Controller
@RequestMapping("/password/forgot")
class ForgotPasswordController {

    private static final String FORM = "account/forgot-password";

    private final PasswordResets resets;

    ForgotPasswordController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping
    String form(@ModelAttribute("forgot") ForgotPasswordFormData form) {
        return FORM;
    }

    @PostMapping
    String request(@Valid @ModelAttribute("forgot") ForgotPasswordFormData form, BindingResult result) {
        if (result.hasErrors()) {
            return FORM;
        }
        resets.request(Objects.requireNonNull(form.getEmail()));
        return "redirect:/password/forgot?sent";
    }
}
