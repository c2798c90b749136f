package ru.masterskaya.audit.web;

import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.masterskaya.audit.AuditEntry;
import ru.masterskaya.audit.AuditLog;

/** The audit log for administrators: who changed what and when, newest first. */
@Controller
class AuditLogController {

    static final int PAGE_SIZE = 50;

    private final AuditLog log;
    private final AuditEntryViews views;

    AuditLogController(AuditLog log, AuditEntryViews views) {
        this.log = log;
        this.views = views;
    }

    @GetMapping("/admin/audit")
    String list(AuditListParameters parameters, Locale locale, Model model) {
        Page<AuditEntry> page = log.search(parameters.subjectOrNull(), parameters.actorOrNull(), parameters.pageIndex(), PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("entries", views.of(page.getContent(), locale));
        model.addAttribute("filter", parameters);
        model.addAttribute("subjects", AuditLog.SUBJECTS);
        List<String> actors = log.actors();
        model.addAttribute("actors", actors);
        model.addAttribute("actorNames", views.namesOf(actors));
        return "admin/audit";
    }
}
