package ru.masterskaya.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.export.ImportTemplates;
import ru.masterskaya.registry.importing.ImportCheck;
import ru.masterskaya.registry.importing.ImportColumn;
import ru.masterskaya.registry.importing.ImportKind;
import ru.masterskaya.registry.importing.ImportPreview;
import ru.masterskaya.registry.importing.RegistryImports;
import ru.masterskaya.registry.importing.UploadedFile;

/**
 * The pages of an import, the same for people and organisations: upload, errors or preview,
 * confirmation or cancellation. Subclasses give the address and the kind. A file with errors is
 * answered 422 with every error listed; nothing is kept or saved.
 */
abstract class ImportController {

    static final String IMPORT_ERRORS = "importErrors";

    /** The preview lists this many rows; the counts above it cover the whole file. */
    static final int PREVIEW_ROWS = 500;

    private static final int LONGEST_FILE_NAME = 255;

    private final ImportKind kind;
    private final RegistryImports imports;
    private final ImportTemplates templates;
    private final UploadLimits limits;
    private final MessageSource messages;

    ImportController(ImportKind kind, RegistryImports imports, ImportTemplates templates, UploadLimits limits, MessageSource messages) {
        this.kind = kind;
        this.imports = imports;
        this.templates = templates;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute(IMPORT_ERRORS)) {
            model.addAttribute(IMPORT_ERRORS, List.of());
        }
        return showPage(model);
    }

    @PostMapping
    String upload(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            HttpServletResponse response) throws IOException {
        if (file == null || !StringUtils.hasText(file.getOriginalFilename())) {
            return rejected(List.of(messages.getMessage("import.file.missing", null, locale)), model, response);
        }
        UploadedFile uploaded = new UploadedFile(fileName(file), file.getBytes());
        ImportCheck check = imports.check(kind, uploaded, user, locale);
        if (check.hasErrors()) {
            return rejected(check.errors(), model, response);
        }
        return "redirect:/" + kind.path() + "/import/" + imports.keep(kind, uploaded, user);
    }

    @GetMapping("/{id}")
    String preview(
            @PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model, HttpServletResponse response) {
        ImportPreview preview = imports.preview(kind, id, user, locale);
        if (preview.check().hasErrors()) {
            return rejected(preview.check().errors(), model, response);
        }
        model.addAttribute("kind", kind);
        model.addAttribute("uploadId", id);
        model.addAttribute("fileName", preview.fileName());
        model.addAttribute("check", preview.check());
        model.addAttribute("rows", preview.check().rows().stream().limit(PREVIEW_ROWS).toList());
        return "registry/import-preview";
    }

    @PostMapping("/{id}/confirm")
    String confirm(
            @PathVariable UUID id,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ImportCheck check = imports.confirm(kind, id, user, locale);
        if (check.hasErrors()) {
            return rejected(check.errors(), model, response);
        }
        redirect.addFlashAttribute("message", "import.done");
        redirect.addFlashAttribute("messageArguments", new Object[] {check.created(), check.updated()});
        return "redirect:/" + kind.path();
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        imports.discard(kind, id, user);
        redirect.addFlashAttribute("message", "import.cancelled");
        return "redirect:/" + kind.path() + "/import";
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user) {
        return XlsxDownload.attachment(kind.path() + "-import-template.xlsx", templates.write(kind, user.registryScope()));
    }

    private String rejected(List<String> errors, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute(IMPORT_ERRORS, errors);
        return showPage(model);
    }

    private String showPage(Model model) {
        List<? extends ImportColumn> columns = kind.columns();
        model.addAttribute("kind", kind);
        model.addAttribute("requiredColumns", columns.stream().filter(ImportColumn::required).map(ImportColumn::header).toList());
        model.addAttribute("optionalColumns", columns.stream().filter(column -> !column.required()).map(ImportColumn::header).toList());
        model.addAttribute("maxRows", limits.maxRows());
        model.addAttribute("maxFileSize", limits.maxFileSizeMegabytes());
        return "registry/import";
    }

    private static String fileName(MultipartFile file) {
        String name = StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(file.getOriginalFilename())));
        name = name == null || name.isBlank() ? "file.xlsx" : name;
        return name.length() <= LONGEST_FILE_NAME ? name : name.substring(name.length() - LONGEST_FILE_NAME);
    }
}
