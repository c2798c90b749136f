package ru.masterskaya.matching.run;

/** A run is a draft until published; a newer draft of the same year and territory supersedes it. */
public enum RunStatus {
    DRAFT,
    PUBLISHED,
    SUPERSEDED;

    public String messageKey() {
        return "run.status." + name();
    }
}
