package ru.masterskaya.documents;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A document cannot take this step from where it is, such as revoking a draft or issuing twice. */
@ResponseStatus(HttpStatus.CONFLICT)
public class DocumentNotInThatState extends RuntimeException {

    private final DocumentStatus status;

    public DocumentNotInThatState(UUID id, DocumentStatus status) {
        super("Document " + id + " is " + status);
        this.status = status;
    }

    public DocumentStatus status() {
        return status;
    }
}
