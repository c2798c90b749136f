package ru.masterskaya.diagnostics.respondent.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.masterskaya.diagnostics.campaign.LinkNotUsable;
import ru.masterskaya.diagnostics.campaign.SelfDiagnosis;
import ru.masterskaya.diagnostics.instrument.InvalidAnswer;

/**
 * Saves one answer or one readiness tick the moment it is given and answers with a small status
 * fragment («Сохранено» or what is wrong), which the page shows next to the item. This is the hot
 * path of a campaign: it reads the cached scoring sheet, never the whole form.
 */
@Controller
class AnswerController {

    private static final String FRAGMENTS = "diagnostics/respondent/fragments";

    /** An answer the item cannot have: the page shows the message and does not retry. */
    private static final int UNPROCESSABLE = 422;

    private final SelfDiagnosis selfDiagnosis;

    AnswerController(SelfDiagnosis selfDiagnosis) {
        this.selfDiagnosis = selfDiagnosis;
    }

    @PostMapping("/d/{token}/answers/{itemId}")
    String saveAnswer(@PathVariable String token, @PathVariable UUID itemId, HttpServletRequest request) {
        String[] values = request.getParameterValues(AnswerParameters.nameOf(itemId));
        selfDiagnosis.saveAnswer(token, itemId, item -> AnswerParameters.read(item, values));
        return FRAGMENTS + " :: saved";
    }

    @PostMapping("/d/{token}/ready/{topicId}")
    String setReady(@PathVariable String token, @PathVariable UUID topicId, @RequestParam(required = false) @Nullable String ready) {
        selfDiagnosis.setReady(token, topicId, ready != null && !ready.isBlank() && !ready.equals("false"));
        return FRAGMENTS + " :: saved";
    }

    @ExceptionHandler(InvalidAnswer.class)
    String invalid(InvalidAnswer e, HttpServletResponse response, Model model) {
        response.setStatus(UNPROCESSABLE);
        model.addAttribute("messageKey", e.messageKey());
        return FRAGMENTS + " :: refused";
    }

    @ExceptionHandler(LinkNotUsable.class)
    String linkNotUsable(LinkNotUsable e, HttpServletResponse response, Model model) {
        response.setStatus(LinkNotUsablePage.statusOf(e).value());
        model.addAttribute("messageKey", e.reason().messageKey());
        return FRAGMENTS + " :: refused";
    }
}
