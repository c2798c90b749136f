package ru.masterskaya.registry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No region or municipality with this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TerritoryNotFoundException extends RuntimeException {

    public TerritoryNotFoundException(Object id) {
        super("Territory " + id + " not found");
    }
}
