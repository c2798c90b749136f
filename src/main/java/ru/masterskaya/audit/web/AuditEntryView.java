package ru.masterskaya.audit.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit page, with every text already in the reader's language: the time in the
 * service's zone, who acted, the record (with a link while it still exists) and each changed field.
 */
record AuditEntryView(
        String when,
        String actorName,
        String actorLogin,
        String subjectKey,
        String subjectLabel,
        @Nullable String link,
        String actionKey,
        List<String> changes) {}
