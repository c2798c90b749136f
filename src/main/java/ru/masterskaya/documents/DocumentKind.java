package ru.masterskaya.documents;

/** What a document certifies; each kind has its own register, number prefix and template. */
public enum DocumentKind {
    MASTER_CERTIFICATE("СМ", HolderRole.MASTER),
    PRACTITIONER_STATEMENT("СП", HolderRole.PRACTITIONER),
    PARTICIPANT_CERTIFICATE("СУ", HolderRole.PARTICIPANT);

    private final String prefix;
    private final HolderRole role;

    DocumentKind(String prefix, HolderRole role) {
        this.prefix = prefix;
        this.role = role;
    }

    /** The letters that start a number of this kind, as in «СМ-2025/26-0007». */
    public String prefix() {
        return prefix;
    }

    public HolderRole role() {
        return role;
    }

    /** Whether the document names the product and the master's grade. */
    public boolean showsGrade() {
        return this == PRACTITIONER_STATEMENT;
    }

    public boolean showsProduct() {
        return this != PARTICIPANT_CERTIFICATE;
    }

    public String messageKey() {
        return "documents.kind." + name();
    }
}
