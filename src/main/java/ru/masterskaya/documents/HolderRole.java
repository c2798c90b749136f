package ru.masterskaya.documents;

/** The role a document names its holder in: мастер, практикант or участник. */
public enum HolderRole {
    MASTER("мастер"),
    PRACTITIONER("практикант"),
    PARTICIPANT("участник");

    private final String word;

    HolderRole(String word) {
        this.word = word;
    }

    /** The Russian word printed on the document, whatever the interface language. */
    public String word() {
        return word;
    }

    public String messageKey() {
        return "documents.role." + name();
    }
}
