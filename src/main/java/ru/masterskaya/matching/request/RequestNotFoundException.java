package ru.masterskaya.matching.request;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such request, or one the user may not see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RequestNotFoundException extends RuntimeException {

    public RequestNotFoundException(Object id) {
        super("Request " + id + " not found");
    }
}
