package ru.masterskaya.diagnostics.formsimport.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import ru.masterskaya.diagnostics.formsimport.ResponseFileReader;

/**
 * Tomcat refuses an upload over the multipart limit as soon as anything reads a parameter (the CSRF
 * check does, long before a controller). For the import of form responses this turns that refusal
 * into a redirect back to the upload page with the reason, instead of an error page.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2)
class FormsUploadLimitFilter extends OncePerRequestFilter {

    private static final Pattern UPLOAD = Pattern.compile("^/campaigns/([0-9a-fA-F-]{36})/import-responses$");

    private final FlashMapManager flashMaps;
    private final LocaleResolver locales;
    private final MessageSource messages;

    FormsUploadLimitFilter(FlashMapManager flashMaps, LocaleResolver locales, MessageSource messages) {
        this.flashMaps = flashMaps;
        this.locales = locales;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !UPLOAD.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IllegalStateException | ServletException e) {
            if (!exceedsUploadLimit(e) || response.isCommitted()) {
                throw e;
            }
            Matcher upload = UPLOAD.matcher(path(request));
            upload.matches();
            String page = "/campaigns/" + upload.group(1) + "/import-responses";
            FlashMap flash = new FlashMap();
            flash.put(FormsImportController.ERRORS, List.of(messages.getMessage("formsImport.file.tooLargeUpload",
                    new Object[] {ResponseFileReader.MAX_BYTES / (1024 * 1024)}, locales.resolveLocale(request))));
            flash.setTargetRequestPath(page);
            flashMaps.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + page);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Tomcat's FileSizeLimitExceededException or SizeLimitExceededException, or Spring's MaxUploadSizeExceededException, among the causes. */
    private static boolean exceedsUploadLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.endsWith("SizeLimitExceededException") || name.equals("MaxUploadSizeExceededException")) {
                return true;
            }
        }
        return false;
    }
}
