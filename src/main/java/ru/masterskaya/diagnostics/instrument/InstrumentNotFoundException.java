package ru.masterskaya.diagnostics.instrument;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class InstrumentNotFoundException extends RuntimeException {

    public InstrumentNotFoundException(Object id) {
        super("Instrument " + id + " not found");
    }
}
