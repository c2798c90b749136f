package ru.masterskaya.audit.web;

import org.jspecify.annotations.Nullable;

/** The query string of the audit page: the kind of record, who acted, and the page. */
record AuditListParameters(@Nullable String subject, @Nullable String actor, @Nullable Integer page) {

    @Nullable String subjectOrNull() {
        return subject == null || subject.isBlank() ? null : subject;
    }

    @Nullable String actorOrNull() {
        return actor == null || actor.isBlank() ? null : actor;
    }

    int pageIndex() {
        return page == null || page < 0 ? 0 : page;
    }
}
