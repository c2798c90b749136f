package ru.masterskaya.registry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Thrown when the record does not exist or lies outside what the user may see: both read as 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrganisationNotFoundException extends RuntimeException {

    public OrganisationNotFoundException(Object id) {
        super("Organisation " + id + " not found or not in scope");
    }
}
