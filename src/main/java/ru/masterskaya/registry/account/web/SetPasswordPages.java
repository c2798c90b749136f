package ru.masterskaya.registry.account.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** The two pages that the activation and the password reset share. */
final class SetPasswordPages {

    static final String FORM = "account/set-password";
    static final String LINK_INVALID = "account/link-invalid";

    private SetPasswordPages() {}

    static String form(Model model, String purpose, String action) {
        model.addAttribute("purpose", purpose);
        model.addAttribute("formAction", action);
        return FORM;
    }

    /** The same page whether the link is unknown, expired, used or replaced: nothing to learn from it. */
    static String linkInvalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return LINK_INVALID;
    }
}
