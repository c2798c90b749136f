package ru.masterskaya.matching.request;

/** A request is open while the latest self-diagnosis shows a need; closed when it no longer does. */
public enum RequestStatus {
    OPEN,
    CLOSED;

    public String messageKey() {
        return "requestStatus." + name();
    }
}
