package ru.masterskaya.diagnostics.campaign;

/** How many invitees of a campaign were invited, started (answered at least once) and finished. */
public record ResponseCounts(long invited, long started, long finished) {

    public static final ResponseCounts NONE = new ResponseCounts(0, 0, 0);
}
