package ru.masterskaya.registry;

/** A change to a known organisation, made from the version the user saw: one row of an import. */
public record OrganisationRevision(OrganisationId id, long expectedVersion, OrganisationParameters parameters) {}
