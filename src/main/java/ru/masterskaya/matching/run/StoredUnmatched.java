package ru.masterskaya.matching.run;

import java.util.UUID;
import ru.masterskaya.matching.solver.UnmatchedReason;

/** A practitioner a run left without a master, and why. */
public record StoredUnmatched(UUID practitionerId, UUID organisationId, UnmatchedReason reason) {}
