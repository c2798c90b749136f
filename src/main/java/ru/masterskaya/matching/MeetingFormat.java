package ru.masterskaya.matching;

/** How a pair meets: in person, remotely, or both; a mixed offer covers either wish. */
public enum MeetingFormat {
    IN_PERSON,
    REMOTE,
    MIXED;

    /** Whether a pair in {@code other} fits within this format (mixed fits everything, the others only themselves). */
    public boolean allows(MeetingFormat other) {
        return this == MIXED || this == other;
    }

    public String messageKey() {
        return "meetingFormat." + name();
    }
}
