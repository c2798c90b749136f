package ru.masterskaya.documents.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.documents.Document;
import ru.masterskaya.documents.DocumentAccess;
import ru.masterskaya.documents.DocumentRegister;
import ru.masterskaya.documents.VerificationLinks;
import ru.masterskaya.documents.rendering.DocumentFiles;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.PersonRepository;

/** One document of the register: what it says, its files, and the coordinator's steps. */
@Controller
class DocumentController {

    private final DocumentRegister register;
    private final DocumentFiles files;
    private final VerificationLinks links;
    private final PersonRepository people;

    DocumentController(DocumentRegister register, DocumentFiles files, VerificationLinks links, PersonRepository people) {
        this.people = people;
        this.register = register;
        this.files = files;
        this.links = links;
    }

    @GetMapping("/documents/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Document document = register.get(id, user.registryScope());
        model.addAttribute("document", document);
        model.addAttribute("canManage", DocumentAccess.manages(user.registryScope(), document));
        model.addAttribute("verificationUrl", links.of(document));
        model.addAttribute("issuedBy", personName(document.getIssuedBy()));
        model.addAttribute("revokedBy", personName(document.getRevokedBy()));
        if (!model.containsAttribute("revokeForm")) {
            model.addAttribute("revokeForm", RevokeFormData.empty());
        }
        return "documents/detail";
    }

    /** Who issued or revoked it as «И.О. Фамилия» when it was a person's login; «автоматически» and the like as they are. */
    private @Nullable String personName(@Nullable String actor) {
        return actor == null ? null : people.findByEmail(actor).map(person -> person.getFullName().initialsFirst()).orElse(actor);
    }

    @PostMapping("/documents/{id}/issue")
    String issue(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        Document document = register.issue(id, user.registryScope(), user.getUsername());
        redirect.addFlashAttribute("message", "documents.issued");
        redirect.addFlashAttribute("messageArguments", new Object[] {document.getNumber()});
        return "redirect:/documents/" + id;
    }

    @PostMapping("/documents/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("revokeForm") RevokeFormData form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("revokeForm", form);
            return show(user, id, model);
        }
        register.revoke(id, form.reason(), user.registryScope(), user.getUsername());
        redirect.addFlashAttribute("message", "documents.revoked");
        return "redirect:/documents/" + id;
    }

    @PostMapping("/documents/{id}/reissue")
    String reissue(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        Document successor = register.reissue(id, user.registryScope(), user.getUsername());
        redirect.addFlashAttribute("message", "documents.reissued");
        redirect.addFlashAttribute("messageArguments", new Object[] {successor.getNumber()});
        return "redirect:/documents/" + successor.getId();
    }

    @GetMapping("/documents/{id}/pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Document document = register.get(id, user.registryScope());
        return FileDownload.attachment(DocumentFiles.fileName(document, "pdf"), FileDownload.PDF, files.pdf(document));
    }

    @GetMapping("/documents/{id}/docx")
    ResponseEntity<byte[]> docx(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Document document = register.get(id, user.registryScope());
        return FileDownload.attachment(DocumentFiles.fileName(document, "docx"), FileDownload.DOCX, files.docx(document));
    }
}
