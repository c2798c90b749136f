package ru.masterskaya.registry.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Tomcat refuses a file over the upload limit as soon as anything reads a request parameter, and
 * Spring Security's CSRF check does so long before Spring MVC, so neither a controller nor
 * {@link UploadLimitAdvice} would answer. Wrapped around Spring Security, this filter turns that
 * refusal into the same redirect back to the import page with the reason.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class UploadLimitFilter extends OncePerRequestFilter {

    private final UploadLimitAdvice advice;
    private final FlashMapManager flashMaps;
    private final LocaleResolver locales;

    UploadLimitFilter(UploadLimitAdvice advice, FlashMapManager flashMaps, LocaleResolver locales) {
        this.advice = advice;
        this.flashMaps = flashMaps;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IllegalStateException e) {
            String importPage = advice.importPage(request).orElse(null);
            if (importPage == null || !exceedsUploadLimit(e) || response.isCommitted()) {
                throw e;
            }
            FlashMap flash = new FlashMap();
            flash.put(ImportController.IMPORT_ERRORS, List.of(advice.tooLarge(locales.resolveLocale(request))));
            flash.setTargetRequestPath(importPage);
            flashMaps.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + importPage);
        }
    }

    /** Tomcat's FileSizeLimitExceededException or SizeLimitExceededException somewhere among the causes. */
    private static boolean exceedsUploadLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().endsWith("SizeLimitExceededException")) {
                return true;
            }
        }
        return false;
    }
}
