package ru.masterskaya.registry.web;

/** A form that carries the version of the record it was opened on, so that a save over someone else's change is noticed. */
interface VersionedForm {

    long getVersion();

    void setVersion(long version);
}
