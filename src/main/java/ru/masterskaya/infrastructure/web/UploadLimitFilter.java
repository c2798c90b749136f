package ru.masterskaya.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;
import ru.masterskaya.infrastructure.UploadForm;
import ru.masterskaya.infrastructure.UploadForm.FlashAttribute;
import ru.masterskaya.infrastructure.UploadForm.QueryParameter;

/**
 * Wrapped around Spring Security, turns Tomcat's refusal of a file over the upload limit, posted to any
 * registered {@link UploadForm}, into a redirect back to the form's page with the reason. The refusal is an
 * IllegalStateException thrown to whoever reads a parameter first: the CSRF check, or this filter for a
 * stateless form.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class UploadLimitFilter extends OncePerRequestFilter {

    private final List<UploadForm> forms;
    private final FlashMapManager flashMaps;
    private final LocaleResolver locales;

    UploadLimitFilter(List<UploadForm> forms, FlashMapManager flashMaps, LocaleResolver locales) {
        this.forms = forms;
        this.flashMaps = flashMaps;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return postedTo(request).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Upload upload = postedTo(request).orElseThrow();
        if (upload.form().stateless() && "POST".equals(request.getMethod())) {
            try {
                request.getParameterMap();
            } catch (IllegalStateException e) {
                if (!sentBack(upload, e, request, response)) {
                    throw e;
                }
                return;
            }
        }
        try {
            chain.doFilter(request, response);
        } catch (IllegalStateException | ServletException e) {
            if (!sentBack(upload, e, request, response)) {
                throw e;
            }
        }
    }

    private Optional<Upload> postedTo(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (UploadForm form : forms) {
            Optional<String> page = form.backFrom(path);
            if (page.isPresent()) {
                return Optional.of(new Upload(form, page.get()));
            }
        }
        return Optional.empty();
    }

    /** Redirects back to the form's page with the reason, if the failure is the upload limit and nothing was sent yet. */
    private boolean sentBack(Upload upload, Exception failure, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!exceedsUploadLimit(failure) || response.isCommitted()) {
            return false;
        }
        switch (upload.form().reason()) {
            case FlashAttribute attribute -> {
                FlashMap flash = new FlashMap();
                flash.put(attribute.name(), attribute.value().apply(locales.resolveLocale(request)));
                flash.setTargetRequestPath(UriComponentsBuilder.fromUriString(upload.page()).build().getPath());
                flashMaps.saveOutputFlashMap(flash, request, response);
                response.sendRedirect(request.getContextPath() + upload.page());
            }
            case QueryParameter parameter -> response.sendRedirect(request.getContextPath()
                    + UriComponentsBuilder.fromUriString(upload.page()).queryParam(parameter.name(), parameter.value()).build().toUriString());
        }
        return true;
    }

    /**
     * Tomcat's FileSizeLimitExceededException or SizeLimitExceededException, or Spring's
     * MaxUploadSizeExceededException, somewhere among the causes.
     */
    private static boolean exceedsUploadLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.endsWith("SizeLimitExceededException") || name.equals("MaxUploadSizeExceededException")) {
                return true;
            }
        }
        return false;
    }

    /** A request posted to a registered form, and the page its user goes back to. */
    private record Upload(UploadForm form, String page) {}
}
