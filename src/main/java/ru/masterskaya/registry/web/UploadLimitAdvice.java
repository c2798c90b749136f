package ru.masterskaya.registry.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.infrastructure.UploadForm;

/**
 * A file over the upload limit is refused before any controller sees it; the user is sent back to
 * the import page with the reason instead of an error page. Other uploads keep the default answer.
 * Spring MVC reports the refusal here when the CSRF token came in a header (as htmx sends it);
 * with the token among the form fields, the infrastructure's upload limit filter meets it first,
 * with the same {@link #importForm()} ({@link ImportUploadForms}).
 */
@ControllerAdvice
class UploadLimitAdvice {

    private final MessageSource messages;
    private final UploadLimits limits;
    private final UploadForm importForm;

    UploadLimitAdvice(MessageSource messages, UploadLimits limits) {
        this.messages = messages;
        this.limits = limits;
        this.importForm = UploadForm.withFlashAttribute("^/(people|organisations)/import(/.*)?$", address -> "/" + address.group(1) + "/import",
                ImportController.IMPORT_ERRORS, locale -> List.of(tooLarge(locale)));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String fileTooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request, Locale locale, RedirectAttributes redirect)
            throws MaxUploadSizeExceededException {
        String importPage = importForm.backFrom(request.getRequestURI().substring(request.getContextPath().length()))
                .orElseThrow(() -> exception);
        redirect.addFlashAttribute(ImportController.IMPORT_ERRORS, List.of(tooLarge(locale)));
        return "redirect:" + importPage;
    }

    /** The import form of both lists: a file goes back to the import page of the list it was uploaded to. */
    UploadForm importForm() {
        return importForm;
    }

    private String tooLarge(Locale locale) {
        return messages.getMessage("import.file.tooLarge", new Object[] {limits.maxFileSizeMegabytes()}, locale);
    }
}
