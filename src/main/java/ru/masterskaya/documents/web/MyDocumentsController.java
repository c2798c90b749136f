package ru.masterskaya.documents.web;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.masterskaya.documents.Document;
import ru.masterskaya.documents.DocumentRegister;
import ru.masterskaya.documents.VerificationLinks;
import ru.masterskaya.documents.rendering.DocumentFiles;
import ru.masterskaya.registry.CurrentUser;

/** «Мои документы»: the certificates and statements issued to the signed-in person, and their files. */
@Controller
class MyDocumentsController {

    private final DocumentRegister register;
    private final DocumentFiles files;
    private final VerificationLinks links;

    MyDocumentsController(DocumentRegister register, DocumentFiles files, VerificationLinks links) {
        this.register = register;
        this.files = files;
        this.links = links;
    }

    @GetMapping("/my/documents")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("documents", register.mine(user));
        model.addAttribute("links", links);
        return "documents/my";
    }

    @GetMapping("/my/documents/{id}/pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Document document = register.own(id, user);
        return FileDownload.attachment(DocumentFiles.fileName(document, "pdf"), FileDownload.PDF, files.pdf(document));
    }

    @GetMapping("/my/documents/{id}/docx")
    ResponseEntity<byte[]> docx(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Document document = register.own(id, user);
        return FileDownload.attachment(DocumentFiles.fileName(document, "docx"), FileDownload.DOCX, files.docx(document));
    }
}
