package ru.masterskaya.documents.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.masterskaya.documents.Verification;

/**
 * The public page behind a document's QR code, open without login: valid or not, and the few facts
 * needed to tell; an unknown code reads «документ не найден» whatever it looks like.
 */
@Controller
class VerificationController {

    private final Verification verification;

    VerificationController(Verification verification) {
        this.verification = verification;
    }

    @GetMapping("/v/{code}")
    String verify(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!verification.admit(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", "60");
            return "documents/verification-limited";
        }
        var found = verification.verify(code);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "documents/verification-not-found";
        }
        model.addAttribute("document", found.get());
        return "documents/verification";
    }
}
