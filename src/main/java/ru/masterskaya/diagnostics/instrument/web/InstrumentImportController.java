package ru.masterskaya.diagnostics.instrument.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.diagnostics.instrument.Instrument;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.diagnostics.instrument.xlsx.InstrumentFileRejected;
import ru.masterskaya.diagnostics.instrument.xlsx.InstrumentImportCheck;
import ru.masterskaya.diagnostics.instrument.xlsx.InstrumentImportRejected;
import ru.masterskaya.diagnostics.instrument.xlsx.InstrumentImports;
import ru.masterskaya.registry.CurrentUser;

/**
 * Loading items from XLSX: the upload page, the preview of every row (with every error, answered
 * 422 and nothing kept), and the confirmation that stores all items at once or the cancellation.
 * A new instrument gets its title on the preview page.
 */
@Controller
class InstrumentImportController {

    static final String UPLOAD_ERRORS = "uploadErrors";
    private static final String PAGE = "diagnostics/instruments/import";
    private static final String PREVIEW = "diagnostics/instruments/import-preview";
    private static final int LONGEST_FILE_NAME = 255;
    private static final int LONGEST_TITLE = 200;

    private final InstrumentImports imports;
    private final Instruments instruments;
    private final MessageSource messages;

    InstrumentImportController(InstrumentImports imports, Instruments instruments, MessageSource messages) {
        this.imports = imports;
        this.instruments = instruments;
        this.messages = messages;
    }

    @GetMapping("/instruments/import")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
    String newInstrumentPage(Model model) {
        return page(null, model);
    }

    @GetMapping("/instruments/{id}/import")
    String existingInstrumentPage(@PathVariable UUID id, Model model) {
        return page(instruments.get(id), model);
    }

    @PostMapping("/instruments/import")
    String uploadNew(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, @AuthenticationPrincipal CurrentUser user,
            Locale locale, Model model, HttpServletResponse response) throws IOException {
        return upload(null, file, user, locale, model, response);
    }

    @PostMapping("/instruments/{id}/import")
    String uploadExisting(@PathVariable UUID id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Locale locale, Model model, HttpServletResponse response) throws IOException {
        return upload(instruments.get(id), file, user, locale, model, response);
    }

    @GetMapping("/instruments/import/{uploadId}")
    String preview(@PathVariable UUID uploadId, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
            HttpServletResponse response) {
        InstrumentImports.KeptFile kept = imports.kept(uploadId, user.getUsername());
        Instrument target = kept.instrumentId() == null ? null : instruments.get(kept.instrumentId());
        model.addAttribute("instrumentTitle", titleFrom(kept.fileName()));
        return showPreview(kept, target, locale, model, response);
    }

    @PostMapping("/instruments/import/{uploadId}/confirm")
    String confirm(@PathVariable UUID uploadId, @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String description, @AuthenticationPrincipal CurrentUser user, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        InstrumentImports.KeptFile kept = imports.kept(uploadId, user.getUsername());
        Instrument target = kept.instrumentId() == null ? null : instruments.get(kept.instrumentId());
        if (target == null && (title == null || title.isBlank() || title.strip().length() > LONGEST_TITLE)) {
            model.addAttribute("instrumentTitle", title);
            model.addAttribute("instrumentDescription", description);
            model.addAttribute("titleError", messages.getMessage(
                    title == null || title.isBlank() ? "instrument.title.required" : "instrument.title.tooLong", new Object[] {LONGEST_TITLE}, locale));
            return showPreview(kept, null, locale, model, response);
        }
        try {
            InstrumentVersion version = imports.confirm(uploadId, user.getUsername(), title, description, locale);
            redirect.addFlashAttribute("message", "instrumentImport.stored");
            redirect.addFlashAttribute("messageArguments", new Object[] {version.getItems().size(), version.getNumber()});
            return "redirect:/instruments/" + version.getInstrument().getId();
        } catch (InstrumentImportRejected | InstrumentFileRejected e) {
            model.addAttribute("instrumentTitle", title);
            model.addAttribute("instrumentDescription", description);
            return showPreview(kept, target, locale, model, response);
        }
    }

    @PostMapping("/instruments/import/{uploadId}/cancel")
    String cancel(@PathVariable UUID uploadId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        UUID target = imports.kept(uploadId, user.getUsername()).instrumentId();
        imports.cancel(uploadId, user.getUsername());
        redirect.addFlashAttribute("message", "instrumentImport.cancelled");
        return target == null ? "redirect:/instruments" : "redirect:/instruments/" + target;
    }

    private String upload(@Nullable Instrument target, @Nullable MultipartFile file, CurrentUser user, Locale locale, Model model,
            HttpServletResponse response) throws IOException {
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            return rejected(target, List.of(messages.getMessage("instrumentImport.file.missing", null, locale)), model, response);
        }
        String fileName = fileName(file);
        if (file.getSize() > InstrumentImports.MAX_BYTES) {
            return rejected(target, List.of(tooLarge(messages, locale)), model, response);
        }
        byte[] content = file.getBytes();
        InstrumentImportCheck check;
        try {
            check = imports.check(content, locale);
        } catch (InstrumentFileRejected e) {
            String reason = messages.getMessage(e.messageKey(), e.arguments(), locale);
            return rejected(target, List.of(messages.getMessage("instrumentImport.file.rejected", new Object[] {fileName, reason}, locale)),
                    model, response);
        }
        if (check.hasErrors()) {
            model.addAttribute("instrument", target);
            model.addAttribute("targetLatest", null);
            model.addAttribute("fileName", fileName);
            model.addAttribute("check", check);
            model.addAttribute("uploadId", null);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return PREVIEW;
        }
        UUID uploadId = imports.keep(target == null ? null : target.getId(), fileName, content, user.getUsername());
        return "redirect:/instruments/import/" + uploadId;
    }

    private String showPreview(InstrumentImports.KeptFile kept, @Nullable Instrument target, Locale locale, Model model,
            HttpServletResponse response) {
        model.addAttribute("instrument", target);
        model.addAttribute("targetLatest", target == null ? null : instruments.latestVersion(target.getId()));
        model.addAttribute("fileName", kept.fileName());
        model.addAttribute("uploadId", kept.id());
        try {
            InstrumentImportCheck check = imports.check(kept.content(), locale);
            model.addAttribute("check", check);
            if (check.hasErrors() || model.containsAttribute("titleError")) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
            return PREVIEW;
        } catch (InstrumentFileRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return rejected(target, List.of(messages.getMessage(e.messageKey(), e.arguments(), locale)), model, response);
        }
    }

    private String page(@Nullable Instrument target, Model model) {
        if (!model.containsAttribute(UPLOAD_ERRORS)) {
            model.addAttribute(UPLOAD_ERRORS, List.of());
        }
        model.addAttribute("instrument", target);
        model.addAttribute("maxRows", InstrumentImports.MAX_ROWS);
        model.addAttribute("maxMegabytes", InstrumentImports.MAX_BYTES / 1024 / 1024);
        return PAGE;
    }

    private String rejected(@Nullable Instrument target, List<String> errors, Model model, HttpServletResponse response) {
        model.addAttribute(UPLOAD_ERRORS, errors);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(target, model);
    }

    static String tooLarge(MessageSource messages, Locale locale) {
        return messages.getMessage("instrumentImport.file.tooLarge", new Object[] {InstrumentImports.MAX_BYTES / 1024 / 1024}, locale);
    }

    private static String fileName(MultipartFile file) {
        String name = String.valueOf(file.getOriginalFilename()).replaceAll(".*[/\\\\]", "").strip();
        return name.length() > LONGEST_FILE_NAME ? name.substring(name.length() - LONGEST_FILE_NAME) : name;
    }

    private static String titleFrom(String fileName) {
        String title = fileName.replaceFirst("(?i)\\.xlsx$", "").replaceFirst(" - версия \\d+$", "").strip();
        return title.length() > LONGEST_TITLE ? title.substring(0, LONGEST_TITLE) : title;
    }
}
