package ru.masterskaya.documents.web;

import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.calendar.SelectedAcademicYear;
import ru.masterskaya.documents.Document;
import ru.masterskaya.documents.DocumentRegister;
import ru.masterskaya.documents.mail.HolderMails;
import ru.masterskaya.documents.rendering.DocumentFiles;
import ru.masterskaya.registry.CurrentUser;

/**
 * What the register does with a selection: one ZIP of PDFs, one merged PDF, issue the drafts, or
 * e-mail each holder their document as a PDF.
 */
@Controller
class BulkController {

    private final DocumentRegister register;
    private final HolderMails holderMails;
    private final DocumentFiles files;
    private final SelectedAcademicYear selectedYear;

    BulkController(DocumentRegister register, HolderMails holderMails, DocumentFiles files, SelectedAcademicYear selectedYear) {
        this.register = register;
        this.holderMails = holderMails;
        this.files = files;
        this.selectedYear = selectedYear;
    }

    @PostMapping(value = "/documents/bulk", params = "action=zip")
    ResponseEntity<byte[]> zip(@AuthenticationPrincipal CurrentUser user, HttpSession session, @RequestParam(name = "ids", required = false) List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return backToTheRegister();
        }
        List<Document> documents = register.get(ids, user.registryScope());
        return FileDownload.attachment("Документы " + selectedYear.of(session).shortLabel().replace('/', '-') + ".zip", FileDownload.ZIP,
                files.zip(documents));
    }

    @PostMapping(value = "/documents/bulk", params = "action=pdf")
    ResponseEntity<byte[]> merged(@AuthenticationPrincipal CurrentUser user, HttpSession session, @RequestParam(name = "ids", required = false) List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return backToTheRegister();
        }
        List<Document> documents = register.get(ids, user.registryScope());
        return FileDownload.attachment("Документы " + selectedYear.of(session).shortLabel().replace('/', '-') + ".pdf", FileDownload.PDF,
                files.merged(documents));
    }

    @PostMapping(value = "/documents/bulk", params = "action=issue")
    String issue(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "ids", required = false) List<UUID> ids, RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            return nothingSelected(redirect);
        }
        int issued = register.issueAll(ids, user.registryScope(), user.getUsername()).size();
        redirect.addFlashAttribute("message", "documents.bulk.issued");
        redirect.addFlashAttribute("messageArguments", new Object[] {issued});
        return "redirect:/documents";
    }

    @PostMapping(value = "/documents/bulk", params = "action=mail")
    String mail(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "ids", required = false) List<UUID> ids, RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            return nothingSelected(redirect);
        }
        int queued = holderMails.mailToHolders(ids, user.registryScope());
        redirect.addFlashAttribute("message", "documents.bulk.mailed");
        redirect.addFlashAttribute("messageArguments", new Object[] {queued});
        return "redirect:/documents";
    }

    /** A file action with nothing ticked: back to the register, which explains nothing was selected. */
    private static ResponseEntity<byte[]> backToTheRegister() {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/documents?nothingSelected")).build();
    }

    private static String nothingSelected(RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "documents.bulk.nothingSelected");
        return "redirect:/documents";
    }
}
