package ru.masterskaya.practice.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

/**
 * A file over the container's upload limit on the journal or the product form is refused by Tomcat
 * as soon as Spring Security reads the CSRF field, before any controller runs; this filter sends the
 * user back to the pair page with the reason instead of an error page. Nothing was saved. The
 * reminder link's journal form has no CSRF field (its chain keeps no session), so the filter reads the
 * form itself and sends the reason back to that form in its address; the link stays usable.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class PairUploadLimitFilter extends OncePerRequestFilter {

    private static final Pattern UPLOAD = Pattern.compile("^/pairs/([0-9a-fA-F-]{36})/(entries|product)$");
    private static final Pattern LINK_UPLOAD = Pattern.compile("^/p/([A-Za-z0-9_-]+)/journal$");

    private final FlashMapManager flashMaps;

    PairUploadLimitFilter(FlashMapManager flashMaps) {
        this.flashMaps = flashMaps;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !UPLOAD.matcher(path(request)).matches() && !LINK_UPLOAD.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher link = LINK_UPLOAD.matcher(path(request));
        if (link.matches() && "POST".equals(request.getMethod())) {
            try {
                request.getParameterMap();
            } catch (IllegalStateException e) {
                if (!exceedsUploadLimit(e)) {
                    throw e;
                }
                response.sendRedirect(request.getContextPath() + "/p/" + link.group(1) + "/journal?refused=tooLarge");
                return;
            }
        }
        try {
            chain.doFilter(request, response);
        } catch (IllegalStateException e) {
            if (!exceedsUploadLimit(e) || response.isCommitted()) {
                throw e;
            }
            Matcher upload = UPLOAD.matcher(path(request));
            if (!upload.matches()) {
                throw e;
            }
            String page = "/pairs/" + upload.group(1);
            FlashMap flash = new FlashMap();
            flash.put("error", "pair.upload.tooLarge");
            flash.setTargetRequestPath(page);
            flashMaps.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + page + (upload.group(2).equals("entries") ? "#journal" : "#completion"));
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
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
