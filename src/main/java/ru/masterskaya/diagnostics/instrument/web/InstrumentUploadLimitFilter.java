package ru.masterskaya.diagnostics.instrument.web;

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

/**
 * Tomcat refuses a file over the upload limit as soon as the CSRF check reads the form, before
 * any controller. For an instrument import this filter, wrapped around Spring Security, turns
 * that refusal into a redirect back to the import page with the reason instead of an error page.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2)
class InstrumentUploadLimitFilter extends OncePerRequestFilter {

    private static final Pattern IMPORT_ADDRESS = Pattern.compile("^(/instruments(/[0-9a-fA-F-]{36})?/import)$");

    private final MessageSource messages;
    private final FlashMapManager flashMaps;
    private final LocaleResolver locales;

    InstrumentUploadLimitFilter(MessageSource messages, FlashMapManager flashMaps, LocaleResolver locales) {
        this.messages = messages;
        this.flashMaps = flashMaps;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !IMPORT_ADDRESS.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IllegalStateException e) {
            if (!exceedsUploadLimit(e) || response.isCommitted()) {
                throw e;
            }
            Matcher address = IMPORT_ADDRESS.matcher(path(request));
            String importPage = address.matches() ? address.group(1) : "/instruments/import";
            FlashMap flash = new FlashMap();
            flash.put(InstrumentImportController.UPLOAD_ERRORS,
                    List.of(InstrumentImportController.tooLarge(messages, locales.resolveLocale(request))));
            flash.setTargetRequestPath(importPage);
            flashMaps.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + importPage);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean exceedsUploadLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().endsWith("SizeLimitExceededException")) {
                return true;
            }
        }
        return false;
    }
}
