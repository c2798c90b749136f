package ru.masterskaya.diagnostics.campaign;

import java.util.UUID;

/** A submission with scored items still unanswered; the form goes back to the first of them. */
public class IncompleteSelfDiagnosis extends RuntimeException {

    private final UUID firstUnansweredItemId;
    private final int unanswered;

    public IncompleteSelfDiagnosis(UUID firstUnansweredItemId, int unanswered) {
        super(unanswered + " items unanswered");
        this.firstUnansweredItemId = firstUnansweredItemId;
        this.unanswered = unanswered;
    }

    public UUID firstUnansweredItemId() {
        return firstUnansweredItemId;
    }

    public int unanswered() {
        return unanswered;
    }
}
