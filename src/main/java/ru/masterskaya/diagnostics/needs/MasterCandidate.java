package ru.masterskaya.diagnostics.needs;

import java.util.UUID;
import ru.masterskaya.registry.QualificationCategory;

/** A person who may lead others on a topic: they scored at least the campaign's master level and said they are ready. */
public record MasterCandidate(UUID personId, String fullName, UUID organisationId, String organisationName, QualificationCategory category,
        int percent, UUID campaignId, UUID responseId) {}
