package ru.masterskaya.registry.importing;

import java.util.List;

/**
 * A column of an import file, which is also a column of the template and of the export. Headers
 * are part of the file format and stay Russian whatever the language of the interface.
 */
public interface ImportColumn {

    /** The header as written in the template and named in error messages. */
    String header();

    /** Other headers people commonly write for this column. */
    List<String> aliases();

    /** Whether a file without this column is rejected. */
    boolean required();

    /** Width in characters in the template and the export. */
    int width();

    /** Whether this column holds the named property of the form or the entity. */
    boolean holds(String property);

    /** Position in the file; enums provide it. */
    int ordinal();
}
