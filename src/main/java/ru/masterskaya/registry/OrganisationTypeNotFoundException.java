package ru.masterskaya.registry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrganisationTypeNotFoundException extends RuntimeException {

    public OrganisationTypeNotFoundException(String code) {
        super("Organisation type " + code + " not found");
    }
}
