package ru.masterskaya.matching.solver;

/** Why a locked pair could not be kept. A lock overrides the rules but not a prohibition or a capacity. */
public enum LockRejection {
    UNKNOWN_PERSON,
    NOT_A_CANDIDATE,
    FORBIDDEN,
    PRACTITIONER_ALREADY_LOCKED,
    MASTER_FULL;

    public String messageKey() {
        return "matching.lockRejected." + name();
    }
}
