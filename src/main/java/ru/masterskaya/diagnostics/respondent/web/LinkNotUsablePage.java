package ru.masterskaya.diagnostics.respondent.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import ru.masterskaya.diagnostics.campaign.LinkNotUsable;

/** The friendly page of a link that opens nothing: 404 for an unknown token, 410 for one that no longer works. */
final class LinkNotUsablePage {

    static final String VIEW = "diagnostics/respondent/link-not-usable";

    private LinkNotUsablePage() {}

    static HttpStatus statusOf(LinkNotUsable e) {
        return e.reason() == LinkNotUsable.Reason.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.GONE;
    }

    static String show(LinkNotUsable e, HttpServletResponse response, Model model) {
        response.setStatus(statusOf(e).value());
        model.addAttribute("reason", e.reason());
        return VIEW;
    }
}
