package ru.masterskaya.diagnostics;

import java.util.UUID;
import ru.masterskaya.registry.PersonId;

/** A person finished a self-diagnosis (through their link or an import of form responses). */
public record SelfDiagnosisSubmitted(UUID campaignId, UUID responseId, PersonId personId, int academicYear) {}
