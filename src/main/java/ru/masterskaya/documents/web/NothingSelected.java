package ru.masterskaya.documents.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A bulk action was asked for with no document ticked. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class NothingSelected extends RuntimeException {

    NothingSelected() {
        super("No document selected");
    }
}
