package ru.masterskaya.documents.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import ru.masterskaya.documents.template.TemplateOwner;
import ru.masterskaya.registry.CurrentUser;

/**
 * Templates of each kind, of the user's territory ({@link TemplateOwners}): the version in use in a
 * form, the versions of its chain, and a preview of any version with sample data. Saving adds a
 * version to the territory's own chain (its first, while the territory used its region's or the shared
 * one); the versions documents were issued with stay as they are.
 */
@Controller
class TemplateController {

    static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

    private final DocumentTemplates templates;
    private final TemplateOwners owners;
    private final VerificationLinks links;

    TemplateController(DocumentTemplates templates, TemplateOwners owners, VerificationLinks links) {
        this.templates = templates;
        this.owners = owners;
        this.links = links;
    }

    @GetMapping("/documents/templates")
    String list(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        TemplateOwner owner = owners.of(user.registryScope());
        List<DocumentTemplate> current = Arrays.stream(DocumentKind.values()).map(kind -> templates.current(kind, owner)).toList();
        model.addAttribute("templates", current);
        model.addAttribute("own", current.stream().filter(template -> DocumentTemplates.isOwn(template, owner)).map(DocumentTemplate::getKind).toList());
        model.addAttribute("ownerName", owners.name(owner, locale));
        return "documents/templates";
    }

    @GetMapping("/documents/templates/{kind}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable DocumentKind kind, Model model, Locale locale) {
        TemplateOwner owner = owners.of(user.registryScope());
        DocumentTemplate current = templates.current(kind, owner);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TemplateFormData.of(current));
        }
        model.addAttribute("kind", kind);
        model.addAttribute("current", current);
        model.addAttribute("own", DocumentTemplates.isOwn(current, owner));
        model.addAttribute("ownerName", owners.name(owner, locale));
        model.addAttribute("versions", templates.versionsOfChain(current));
        model.addAttribute("canEdit", user.registryScope().managesTerritory());
        return "documents/template-form";
    }

    @PostMapping("/documents/templates/{kind}")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable DocumentKind kind, @Valid @ModelAttribute("form") TemplateFormData form,
            BindingResult errors, @RequestParam(required = false) @Nullable MultipartFile logo,
            @RequestParam(required = false) @Nullable MultipartFile facsimile1, @RequestParam(required = false) @Nullable MultipartFile facsimile2,
            @RequestParam(required = false) @Nullable MultipartFile facsimile3, Model model, Locale locale, RedirectAttributes redirect)
            throws IOException {
        if (!user.registryScope().managesTerritory()) {
            throw new DocumentActionForbidden();
        }
        byte[] logoBytes = image(logo, "logo", errors);
        List<byte @Nullable []> facsimiles = new ArrayList<>();
        facsimiles.add(image(facsimile1, "signer1Name", errors));
        facsimiles.add(image(facsimile2, "signer2Name", errors));
        facsimiles.add(image(facsimile3, "signer3Name", errors));
        if (errors.hasErrors()) {
            return edit(user, kind, model, locale);
        }
        TemplateOwner owner = owners.of(user.registryScope());
        DocumentTemplate saved = templates.saveNewVersion(kind, owner, form.toParameters(templates.current(kind, owner), logoBytes, facsimiles),
                user.getUsername());
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
