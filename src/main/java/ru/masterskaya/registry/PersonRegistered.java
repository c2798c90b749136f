package ru.masterskaya.registry;

/** A person was added to the registry by hand, by an import or by the demo data. */
public record PersonRegistered(PersonId personId, OrganisationId organisationId, String label, String actor) {}
