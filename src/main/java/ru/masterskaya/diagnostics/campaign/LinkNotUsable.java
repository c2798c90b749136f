package ru.masterskaya.diagnostics.campaign;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A personal link that does not open a form, with the reason the page explains in Russian. */
@ResponseStatus(HttpStatus.GONE)
public class LinkNotUsable extends RuntimeException {

    public enum Reason {
        UNKNOWN,
        REVOKED,
        NOT_OPEN_YET,
        CLOSED,
        SUBMITTED;

        public String messageKey() {
            return "link.notUsable." + name();
        }
    }

    private final Reason reason;

    public LinkNotUsable(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
