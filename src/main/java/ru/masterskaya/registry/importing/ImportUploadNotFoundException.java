package ru.masterskaya.registry.importing;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The upload does not exist, is already applied or cancelled, or belongs to another account: all read as 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ImportUploadNotFoundException extends RuntimeException {

    ImportUploadNotFoundException(UUID id) {
        super("Import upload " + id + " not found");
    }
}
