/**
 * The respondent's side of a self-diagnosis: the pages a teacher opens through their personal link,
 * and their own results when signed in.
 */
@org.jspecify.annotations.NullMarked
package ru.masterskaya.diagnostics.respondent;
