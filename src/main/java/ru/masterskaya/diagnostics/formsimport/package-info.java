/**
 * Import of self-diagnosis responses collected in Яндекс Формы or Google Forms: the export file is
 * kept in {@code diagnosis_upload}, its columns are matched to the items of the campaign's
 * instrument, every row is checked, and only a file without errors is recorded, all at once, as
 * finished responses with the source {@code FORMS_IMPORT}.
 */
@org.jspecify.annotations.NullMarked
package ru.masterskaya.diagnostics.formsimport;
