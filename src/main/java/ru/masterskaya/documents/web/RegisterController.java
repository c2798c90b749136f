package ru.masterskaya.documents.web;

import jakarta.servlet.http.HttpSession;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.calendar.SelectedAcademicYear;
import ru.masterskaya.documents.Document;
import ru.masterskaya.documents.DocumentFilter;
import ru.masterskaya.documents.DocumentKind;
import ru.masterskaya.documents.DocumentRegister;
import ru.masterskaya.documents.DocumentStatus;
import ru.masterskaya.documents.IssueSettings;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.RegistryScope;

/** The register of documents of the selected year in the user's scope, its filters and its XLSX export. */
@Controller
class RegisterController {

    private final DocumentRegister register;
    private final IssueSettings settings;
    private final SelectedAcademicYear selectedYear;
    private final MessageSource messages;

    RegisterController(DocumentRegister register, IssueSettings settings, SelectedAcademicYear selectedYear, MessageSource messages) {
        this.register = register;
        this.settings = settings;
        this.selectedYear = selectedYear;
        this.messages = messages;
    }

    @GetMapping("/documents")
    String list(@AuthenticationPrincipal CurrentUser user, HttpSession session, @RequestParam(required = false) @Nullable DocumentKind kind,
            @RequestParam(required = false) @Nullable DocumentStatus status, @RequestParam(required = false) @Nullable UUID organisationId,
            @RequestParam(required = false) @Nullable UUID topicId, @RequestParam(required = false) @Nullable String nothingSelected,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        AcademicYear year = selectedYear.of(session);
        if (nothingSelected != null) {
            model.addAttribute("message", "documents.bulk.nothingSelected");
        }
        RegistryScope scope = user.registryScope();
        List<Document> all = register.list(new DocumentFilter(year, null, null, null, null), scope);
        List<Document> rows = all.stream()
                .filter(document -> kind == null || document.getKind() == kind)
                .filter(document -> status == null || document.getStatus() == status)
                .filter(document -> organisationId == null || document.getOrganisationId().equals(organisationId))
                .filter(document -> topicId == null || topicId.equals(document.getTopicId()))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("topicId", topicId);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("statuses", DocumentStatus.values());
        model.addAttribute("organisations", options(all, Document::getOrganisationId, Document::getOrganisationName));
        model.addAttribute("topics", options(all.stream().filter(document -> document.getTopicId() != null).toList(),
                Document::getTopicId, Document::getTopicName));
        model.addAttribute("canManage", scope.managesTerritory());
        if (htmx != null) {
            return "documents/register :: results";
        }
        model.addAttribute("automatic", scope.managesTerritory() && settings.automatic(scope));
        return "documents/register";
    }

    @GetMapping("/documents/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, HttpSession session,
            @RequestParam(required = false) @Nullable DocumentKind kind, @RequestParam(required = false) @Nullable DocumentStatus status,
            @RequestParam(required = false) @Nullable UUID organisationId, @RequestParam(required = false) @Nullable UUID topicId,
            Locale locale) {
        AcademicYear year = selectedYear.of(session);
        List<Document> rows = register.list(new DocumentFilter(year, kind, status, organisationId, topicId), user.registryScope());
        byte[] content = new RegisterWorkbook(messages, locale).write(rows);
        return FileDownload.attachment("Реестр документов " + year.shortLabel().replace('/', '-') + ".xlsx", FileDownload.XLSX, content);
    }

    @PostMapping("/documents/settings")
    String changeSettings(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "false") boolean automatic,
            RedirectAttributes redirect) {
        RegistryScope scope = user.registryScope();
        if (!scope.managesTerritory()) {
            throw new DocumentActionForbidden();
        }
        settings.change(scope, automatic, user.getUsername());
        redirect.addFlashAttribute("message", automatic ? "documents.settings.automaticOn" : "documents.settings.automaticOff");
        return "redirect:/documents";
    }

    private static Map<UUID, String> options(List<Document> documents, java.util.function.Function<Document, UUID> id,
            java.util.function.Function<Document, String> name) {
        Map<UUID, String> options = new LinkedHashMap<>();
        documents.stream().sorted(Comparator.comparing(name)).forEach(document -> options.putIfAbsent(id.apply(document), name.apply(document)));
        return options;
    }
}
