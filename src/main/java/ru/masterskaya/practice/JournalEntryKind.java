package ru.masterskaya.practice;

/** What a journal entry records. Meetings, consultations and lesson visits count as meetings of the pair. */
public enum JournalEntryKind {
    MEETING(true),
    CONSULTATION(true),
    LESSON_VISIT(true),
    OWN_WORK(false);

    private final boolean meeting;

    JournalEntryKind(boolean meeting) {
        this.meeting = meeting;
    }

    public boolean isMeeting() {
        return meeting;
    }

    public String messageKey() {
        return "journalEntryKind." + name();
    }
}
