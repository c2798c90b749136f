package ru.masterskaya.matching.run;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.matching.solver.MatchingProblem;
import ru.masterskaya.matching.solver.MatchingRules;
import ru.masterskaya.matching.solver.Master;
import ru.masterskaya.matching.solver.PairKey;
import ru.masterskaya.matching.solver.Practitioner;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a run read: the practitioners and masters with their needs, strengths and preferences, last
 * year's pairs, and this year's pairs given up in practice (never proposed again). Stored with the
 * run as JSON, so a later check rebuilds the very problem that was solved rather than today's offers
 * and requests.
 */
record InputsSnapshot(List<Practitioner> practitioners, List<Master> masters, Set<PairKey> lastYearPairs, @Nullable Set<PairKey> givenUpPairs) {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static InputsSnapshot of(MatchingProblem problem, Set<PairKey> givenUpPairs) {
        return new InputsSnapshot(problem.practitioners(), problem.masters(), problem.lastYearPairs(), givenUpPairs);
    }

    /** The problem as solved: the coordinator's decisions, and the pairs given up (absent from snapshots stored before them). */
    MatchingProblem problem(MatchingRules rules, Set<PairKey> locked, Set<PairKey> forbidden) {
        Set<PairKey> notProposed = new HashSet<>(forbidden);
        if (givenUpPairs != null) {
            notProposed.addAll(givenUpPairs);
        }
        return MatchingProblem.of(practitioners, masters, rules).withLastYearPairs(lastYearPairs).withLocked(locked).withForbidden(notProposed);
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static InputsSnapshot fromJson(String json) {
        return JSON.readValue(json, InputsSnapshot.class);
    }
}
