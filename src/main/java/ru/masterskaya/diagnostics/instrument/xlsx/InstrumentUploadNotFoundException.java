package ru.masterskaya.diagnostics.instrument.xlsx;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The upload is gone (confirmed, cancelled, cleaned up) or belongs to someone else. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class InstrumentUploadNotFoundException extends RuntimeException {

    public InstrumentUploadNotFoundException(Object id) {
        super("Instrument upload " + id + " not found");
    }
}
