/**
 * Documents: the certificates of masters, the statements of practitioners and the certificates of
 * participants, drafted from {@link ru.masterskaya.practice.PracticeCompleted}, numbered from a register
 * per academic year and kind, rendered as PDF and DOCX from versioned templates and verified by anyone
 * through an unguessable link; and the book of reviews of the practitioners who consented. The
 * module listens to practice events and never reads practice tables. See issue 7.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = {"registry", "registry :: account",
        "calendar", "notifications", "practice"})
@org.jspecify.annotations.NullMarked
package ru.masterskaya.documents;
