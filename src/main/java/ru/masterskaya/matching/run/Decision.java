package ru.masterskaya.matching.run;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import ru.masterskaya.matching.solver.PairKey;

/** A coordinator's decision about one pair, kept per academic year and territory. */
public record Decision(UUID practitionerId, UUID masterId, DecisionKind kind, String decidedBy, Instant decidedAt) {

    public PairKey key() {
        return new PairKey(practitionerId, masterId);
    }

    /** The pairs of the decisions of one kind, as the solver takes them. */
    static Set<PairKey> keys(List<Decision> decisions, DecisionKind kind) {
        return decisions.stream().filter(decision -> decision.kind() == kind).map(Decision::key).collect(Collectors.toSet());
    }
}
