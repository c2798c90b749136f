package ru.masterskaya.diagnostics.formsimport.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.formsimport.ColumnMapping;
import ru.masterskaya.diagnostics.formsimport.FormsFileRejected;
import ru.masterskaya.diagnostics.formsimport.FormsImports;
import ru.masterskaya.diagnostics.formsimport.ImportCheck;
import ru.masterskaya.diagnostics.formsimport.MappingPage;
import ru.masterskaya.diagnostics.formsimport.ResponseFileReader;
import ru.masterskaya.registry.CurrentUser;

/**
 * The pages of the import of form responses into a campaign: upload, mapping of columns, preview
 * with every error, confirmation. A bad file or a file with errors is answered 422 and changes
 * nothing; a campaign the user does not manage is a 404.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/import-responses")
class FormsImportController {

    static final String ERRORS = "importErrors";

    private static final int LONGEST_FILE_NAME = 255;

    private final FormsImports imports;
    private final MessageSource messages;

    FormsImportController(FormsImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable UUID campaignId, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        Campaign campaign = imports.campaign(campaignId, user);
        if (!model.containsAttribute(ERRORS)) {
            model.addAttribute(ERRORS, campaign.isClosed()
                    ? List.of(messages.getMessage("formsImport.campaign.closed", new Object[] {campaign.getTitle()}, locale))
                    : List.of());
        }
        return uploadPage(campaign, model);
    }

    @PostMapping
    String upload(
            @PathVariable UUID campaignId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            HttpServletResponse response) throws IOException {
        Campaign campaign = imports.campaign(campaignId, user);
        if (file == null || !StringUtils.hasText(file.getOriginalFilename())) {
            return rejected(campaign, List.of(messages.getMessage("formsImport.file.missing", null, locale)), model, response);
        }
        if (file.getSize() > ResponseFileReader.MAX_BYTES) {
            return rejected(campaign, List.of(messages.getMessage("formsImport.file.tooLarge",
                    new Object[] {fileName(file), ResponseFileReader.MAX_BYTES / (1024 * 1024)}, locale)), model, response);
        }
        try {
            UUID uploadId = imports.keep(campaignId, fileName(file), file.getBytes(), user);
            return "redirect:/campaigns/" + campaignId + "/import-responses/" + uploadId;
        } catch (FormsFileRejected rejection) {
            return rejected(campaign, List.of(message(rejection, locale)), model, response);
        }
    }

    @GetMapping("/{uploadId}")
    String mapping(
            @PathVariable UUID campaignId,
            @PathVariable UUID uploadId,
            @RequestParam Map<String, String> parameters,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            MappingPage page = imports.mapping(campaignId, uploadId, user);
            model.addAttribute("page", page);
            model.addAttribute("uploadId", uploadId);
            model.addAttribute("mapping", MappingParameters.present(parameters) ? MappingParameters.read(parameters) : page.suggested());
            return "diagnostics/formsimport/mapping";
        } catch (FormsFileRejected rejection) {
            return rejected(imports.campaign(campaignId, user), List.of(message(rejection, locale)), model, response);
        }
    }

    @PostMapping("/{uploadId}/preview")
    String preview(
            @PathVariable UUID campaignId,
            @PathVariable UUID uploadId,
            @RequestParam Map<String, String> parameters,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        ColumnMapping mapping = MappingParameters.read(parameters);
        try {
            ImportCheck check = imports.check(campaignId, uploadId, mapping, user, locale);
            return previewPage(campaignId, uploadId, mapping, check, user, model, response);
        } catch (FormsFileRejected rejection) {
            return rejected(imports.campaign(campaignId, user), List.of(message(rejection, locale)), model, response);
        }
    }

    @PostMapping("/{uploadId}/confirm")
    String confirm(
            @PathVariable UUID campaignId,
            @PathVariable UUID uploadId,
            @RequestParam Map<String, String> parameters,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ColumnMapping mapping = MappingParameters.read(parameters);
        try {
            ImportCheck check = imports.confirm(campaignId, uploadId, mapping, user, locale);
            if (check.hasErrors()) {
                return previewPage(campaignId, uploadId, mapping, check, user, model, response);
            }
            redirect.addFlashAttribute("message", "formsImport.done");
            redirect.addFlashAttribute("messageArguments", new Object[] {check.rows()});
            return "redirect:/campaigns/" + campaignId;
        } catch (FormsFileRejected rejection) {
            return rejected(imports.campaign(campaignId, user), List.of(message(rejection, locale)), model, response);
        }
    }

    @PostMapping("/{uploadId}/cancel")
    String cancel(@PathVariable UUID campaignId, @PathVariable UUID uploadId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        imports.discard(campaignId, uploadId, user);
        redirect.addFlashAttribute("message", "formsImport.cancelled");
        return "redirect:/campaigns/" + campaignId + "/import-responses";
    }

    private String previewPage(UUID campaignId, UUID uploadId, ColumnMapping mapping, ImportCheck check, CurrentUser user, Model model,
            HttpServletResponse response) {
        if (check.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("campaign", imports.campaign(campaignId, user));
        model.addAttribute("uploadId", uploadId);
        model.addAttribute("mapping", mapping);
        model.addAttribute("check", check);
        model.addAttribute("listedErrors", FormsImports.LISTED_ERRORS);
        return "diagnostics/formsimport/preview";
    }

    private String rejected(Campaign campaign, List<String> errors, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute(ERRORS, errors);
        return uploadPage(campaign, model);
    }

    private String uploadPage(Campaign campaign, Model model) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("maxRows", ResponseFileReader.MAX_ROWS);
        model.addAttribute("maxFileSize", ResponseFileReader.MAX_BYTES / (1024 * 1024));
        return "diagnostics/formsimport/upload";
    }

    private String message(FormsFileRejected rejection, Locale locale) {
        return messages.getMessage(rejection.messageKey(), rejection.arguments(), locale);
    }

    private static String fileName(MultipartFile file) {
        String name = StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(file.getOriginalFilename())));
        name = name == null || name.isBlank() ? "responses.csv" : name;
        return name.length() <= LONGEST_FILE_NAME ? name : name.substring(name.length() - LONGEST_FILE_NAME);
    }
}
