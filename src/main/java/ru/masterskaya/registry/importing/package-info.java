/**
 * XLSX import of people and organisations: reading the first sheet as text, checking each row by
 * the rules of the web forms and against the registry, and applying a whole file in one
 * transaction. The file is kept in {@code import_upload} between its preview and its confirmation.
 */
@org.jspecify.annotations.NullMarked
package ru.masterskaya.registry.importing;
