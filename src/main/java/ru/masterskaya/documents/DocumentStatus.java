package ru.masterskaya.documents;

/**
 * Where a document is in its life: drafted from an event, issued with a number, revoked with a
 * reason, or superseded by a re-issued document under a new number. Revoked and superseded documents
 * stay in the register and their verification page says so.
 */
public enum DocumentStatus {
    DRAFT,
    ISSUED,
    REVOKED,
    SUPERSEDED;

    public boolean isIssuedOnce() {
        return this != DRAFT;
    }

    public String messageKey() {
        return "documents.status." + name();
    }
}
