package ru.masterskaya.diagnostics.campaign;

/** Where an invitee is: invited, started (at least one answer), or finished (submitted). */
public enum ResponseStatus {
    INVITED,
    STARTED,
    FINISHED;

    public String messageKey() {
        return "responseStatus." + name();
    }
}
