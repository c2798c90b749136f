package ru.masterskaya.matching.solver;

import java.util.UUID;

/** A practitioner and a master, as named in locks, prohibitions and last year's pairs. */
public record PairKey(UUID practitionerId, UUID masterId) {}
