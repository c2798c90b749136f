package ru.masterskaya.practice;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such pair, or one the user may not see: both read as 404, so pairs outside a scope stay unknown. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PairNotFoundException extends RuntimeException {

    public PairNotFoundException(PairId id) {
        super("Pair not found: " + id);
    }
}
