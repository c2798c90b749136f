package ru.masterskaya.registry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request named an organisation type that does not exist or is no longer in use. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class UnknownOrganisationType extends RuntimeException {

    public UnknownOrganisationType(String code) {
        super("Unknown organisation type " + code);
    }
}
