package ru.masterskaya.matching.run;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such run, or one the user may not see: both answer 404 so that ids cannot be probed. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RunNotFoundException extends RuntimeException {

    public RunNotFoundException(Object id) {
        super("Matching run " + id + " not found");
    }
}
