package ru.masterskaya.registry;

public record OrganisationRegistered(OrganisationId organisationId, String label, String actor) {}
