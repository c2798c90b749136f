package ru.masterskaya.registry;

/** A change to a known person, made from the version the user saw: one row of an import. */
public record PersonRevision(PersonId id, long expectedVersion, PersonParameters parameters) {}
