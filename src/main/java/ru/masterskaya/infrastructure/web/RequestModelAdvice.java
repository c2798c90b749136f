package ru.masterskaya.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The address of the page being shown, for the language switch and the year selector's return. */
@ControllerAdvice
class RequestModelAdvice {

    @ModelAttribute("requestUri")
    String requestUri(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
