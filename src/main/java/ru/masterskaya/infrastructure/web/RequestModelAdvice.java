package ru.masterskaya.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The address of the page being shown, for the language switch, the year selector's return and pagers. */
@ControllerAdvice
class RequestModelAdvice {

    @ModelAttribute("requestUri")
    String requestUri(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** The query of the page without its page number, encoded, so that a pager keeps every filter. */
    @ModelAttribute("queryWithoutPage")
    String queryWithoutPage(HttpServletRequest request) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page") && !name.equals("_csrf")) {
                query.queryParam(name, (Object[]) values);
            }
        });
        String encoded = query.encode().build().getQuery();
        return encoded == null ? "" : encoded;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
