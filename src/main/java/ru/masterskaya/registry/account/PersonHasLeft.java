package ru.masterskaya.registry.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone who no longer works in the organisation cannot be invited. */
@ResponseStatus(HttpStatus.CONFLICT)
public class PersonHasLeft extends RuntimeException {

    PersonHasLeft(Object id) {
        super("Person has left: " + id);
    }
}
