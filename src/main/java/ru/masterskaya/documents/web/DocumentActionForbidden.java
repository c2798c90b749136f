package ru.masterskaya.documents.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The user reads the register but may not change it, as an institution coordinator. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class DocumentActionForbidden extends RuntimeException {

    DocumentActionForbidden() {
        super("Only a coordinator of the territory issues and revokes documents");
    }
}
