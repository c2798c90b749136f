package ru.masterskaya.documents.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.documents.DocumentKind;
import ru.masterskaya.documents.VerificationLinks;
import ru.masterskaya.documents.rendering.DocumentPdf;
import ru.masterskaya.documents.rendering.PrintedDocument;
import ru.masterskaya.documents.template.DocumentTemplate;
import ru.masterskaya.documents.template.DocumentTemplates;
import ru.masterskaya.registry.CurrentUser;

/**
 * Templates of each kind: the current version in a form, its earlier versions, and a preview of any
 * version with sample data. Saving adds a version; the ones documents were issued with stay as they are.
 */
@Controller
class TemplateController {

    static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

    private final DocumentTemplates templates;
    private final VerificationLinks links;

    TemplateController(DocumentTemplates templates, VerificationLinks links) {
        this.templates = templates;
        this.links = links;
    }

    @GetMapping("/documents/templates")
    String list(Model model) {
        model.addAttribute("templates", Arrays.stream(DocumentKind.values()).map(templates::current).toList());
        return "documents/templates";
    }

    @GetMapping("/documents/templates/{kind}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable DocumentKind kind, Model model) {
        DocumentTemplate current = templates.current(kind);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TemplateFormData.of(current));
        }
        model.addAttribute("kind", kind);
        model.addAttribute("current", current);
        model.addAttribute("versions", templates.versions(kind));
        model.addAttribute("canEdit", user.registryScope().managesTerritory());
        return "documents/template-form";
    }

    @PostMapping("/documents/templates/{kind}")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable DocumentKind kind, @Valid @ModelAttribute("form") TemplateFormData form,
            BindingResult errors, @RequestParam(required = false) @Nullable MultipartFile logo,
            @RequestParam(required = false) @Nullable MultipartFile facsimile1, @RequestParam(required = false) @Nullable MultipartFile facsimile2,
            @RequestParam(required = false) @Nullable MultipartFile facsimile3, Model model, RedirectAttributes redirect) throws IOException {
        if (!user.registryScope().managesTerritory()) {
            throw new DocumentActionForbidden();
        }
        byte[] logoBytes = image(logo, "logo", errors);
        List<byte @Nullable []> facsimiles = new ArrayList<>();
        facsimiles.add(image(facsimile1, "signer1Name", errors));
        facsimiles.add(image(facsimile2, "signer2Name", errors));
        facsimiles.add(image(facsimile3, "signer3Name", errors));
        if (errors.hasErrors()) {
            return edit(user, kind, model);
        }
        DocumentTemplate saved = templates.saveNewVersion(kind, form.toParameters(templates.current(kind), logoBytes, facsimiles), user.getUsername());
        redirect.addFlashAttribute("message", "documents.template.saved");
        redirect.addFlashAttribute("messageArguments", new Object[] {saved.getVersionNumber()});
        return "redirect:/documents/templates/" + kind;
    }

    @GetMapping("/documents/templates/versions/{id}/preview")
    ResponseEntity<byte[]> preview(@PathVariable UUID id) {
        DocumentTemplate template = templates.version(id);
        byte[] pdf = DocumentPdf.render(PrintedDocument.sample(template, links.sample()));
        return ResponseEntity.ok().contentType(FileDownload.PDF).body(pdf);
    }

    /** A PNG or JPEG of at most 2 MB; anything else is refused with a message at its field. */
    private static byte @Nullable [] image(@Nullable MultipartFile file, String field, BindingResult errors) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        byte[] bytes = file.getBytes();
        boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        if (!png && !jpeg) {
            reject(errors, field, "documents.template.image.type");
            return null;
        }
        if (bytes.length > MAX_IMAGE_BYTES) {
            reject(errors, field, "documents.template.image.size");
            return null;
        }
        return bytes;
    }

    private static void reject(BindingResult errors, String field, String code) {
        if (field.equals("logo")) {
            errors.reject(code);
        } else {
            errors.rejectValue(field, code);
        }
    }
}
