package ru.masterskaya.registry.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A column of an import file, which is also a column of the template and of the export. Headers
 * are part of the file format and stay Russian whatever the language of the interface.
 */
public interface ImportColumn {

    ColumnSpec spec();

    /** The header as written in the template and named in error messages. */
    default String header() {
        return spec().header();
    }

    /** Other headers people commonly write for this column. */
    default List<String> aliases() {
        return spec().aliases();
    }

    /** Whether a file without this column is rejected. */
    default boolean required() {
        return spec().required();
    }

    /** Width in characters in the template and the export. */
    default int width() {
        return spec().width();
    }

    /** Whether this column holds the named property of the form or the entity. */
    default boolean holds(String property) {
        return spec().properties().contains(property);
    }

    /** The column of the given kind that holds the named property. */
    static <C extends Enum<C> & ImportColumn> Optional<C> holding(Class<C> columns, String property) {
        return Arrays.stream(columns.getEnumConstants()).filter(column -> column.holds(property)).findFirst();
    }

    /** Position in the file; enums provide it. */
    int ordinal();
}
