package ru.masterskaya.notifications.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.notifications.FailedMails;

/** The e-mails that could not be sent, for administrators (the URL rule for {@code /admin/**}), with «Отправить снова». */
@Controller
class FailedMailController {

    private final FailedMails failed;

    FailedMailController(FailedMails failed) {
        this.failed = failed;
    }

    @GetMapping("/admin/mail")
    String list(Model model) {
        model.addAttribute("mails", failed.latest());
        model.addAttribute("total", failed.count());
        return "admin/mail";
    }

    @PostMapping("/admin/mail/{id}/retry")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", failed.retry(id) ? "failedMail.retried" : "failedMail.notFailed");
        return "redirect:/admin/mail";
    }
}
