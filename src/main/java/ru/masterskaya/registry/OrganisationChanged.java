package ru.masterskaya.registry;

import java.util.List;

public record OrganisationChanged(OrganisationId organisationId, String label, String actor, List<FieldChange> changes) {}
