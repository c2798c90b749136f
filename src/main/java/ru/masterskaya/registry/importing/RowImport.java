package ru.masterskaya.registry.importing;

import java.util.Locale;
import ru.masterskaya.registry.RegistryScope;

/** One kind of import: its columns, and how its rows are checked against the registry. */
interface RowImport {

    ImportKind kind();

    /** Checks every row; must run in a transaction, which the application of the rows joins. */
    PreparedImport prepare(ImportTable table, RegistryScope scope, Locale locale);
}
