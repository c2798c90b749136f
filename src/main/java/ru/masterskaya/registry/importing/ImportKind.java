package ru.masterskaya.registry.importing;

import java.util.List;

/** What a file imports; {@link #path()} is the list it belongs to, as in {@code /people/import}. */
public enum ImportKind {
    PEOPLE("people"),
    ORGANISATIONS("organisations");

    private final String path;

    ImportKind(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** The columns of the file, in the order of the template and the export. */
    public List<? extends ImportColumn> columns() {
        return switch (this) {
            case PEOPLE -> List.of(PersonColumn.values());
            case ORGANISATIONS -> List.of(OrganisationColumn.values());
        };
    }
}
