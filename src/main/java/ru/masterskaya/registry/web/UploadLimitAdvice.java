package ru.masterskaya.registry.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file over the upload limit is refused before any controller sees it; the user is sent back to
 * the import page with the reason instead of an error page. Other uploads keep the default answer.
 * Spring MVC reports the refusal here when the CSRF token came in a header (as htmx sends it);
 * with the token among the form fields, {@link UploadLimitFilter} meets it first.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private static final Pattern IMPORT_ADDRESS = Pattern.compile("^/(people|organisations)/import(/.*)?$");

    private final MessageSource messages;
    private final UploadLimits limits;

    UploadLimitAdvice(MessageSource messages, UploadLimits limits) {
        this.messages = messages;
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String fileTooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request, Locale locale, RedirectAttributes redirect)
            throws MaxUploadSizeExceededException {
        String importPage = importPage(request).orElseThrow(() -> exception);
        redirect.addFlashAttribute(ImportController.IMPORT_ERRORS, List.of(tooLarge(locale)));
        return "redirect:" + importPage;
    }

    /** The import page of the list the request was uploading to, if it was an import. */
    Optional<String> importPage(HttpServletRequest request) {
        Matcher address = IMPORT_ADDRESS.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        return address.matches() ? Optional.of("/" + address.group(1) + "/import") : Optional.empty();
    }

    String tooLarge(Locale locale) {
        return messages.getMessage("import.file.tooLarge", new Object[] {limits.maxFileSizeMegabytes()}, locale);
    }
}
