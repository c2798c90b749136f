package ru.masterskaya.matching.run;

import java.time.Instant;
import java.util.UUID;
import ru.masterskaya.matching.solver.PairKey;

/** A coordinator's decision about one pair, kept per academic year and territory. */
public record Decision(UUID practitionerId, UUID masterId, DecisionKind kind, String decidedBy, Instant decidedAt) {

    public PairKey key() {
        return new PairKey(practitionerId, masterId);
    }
}
