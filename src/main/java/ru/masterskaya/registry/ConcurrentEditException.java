package ru.masterskaya.registry;

/** Someone saved the record after the user opened it; the user's values must not be lost. */
public class ConcurrentEditException extends RuntimeException {

    private final Object current;

    public ConcurrentEditException(Object current) {
        super("The record was changed by someone else");
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
