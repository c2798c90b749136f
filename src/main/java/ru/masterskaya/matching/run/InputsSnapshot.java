package ru.masterskaya.matching.run;

import java.util.List;
import java.util.Set;
import ru.masterskaya.matching.solver.MatchingProblem;
import ru.masterskaya.matching.solver.MatchingRules;
import ru.masterskaya.matching.solver.Master;
import ru.masterskaya.matching.solver.PairKey;
import ru.masterskaya.matching.solver.Practitioner;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a run read: the practitioners and masters with their needs, strengths and preferences, and
 * last year's pairs. Stored with the run as JSON, so a later check rebuilds the very problem that
 * was solved rather than today's offers and requests.
 */
record InputsSnapshot(List<Practitioner> practitioners, List<Master> masters, Set<PairKey> lastYearPairs) {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static InputsSnapshot of(MatchingProblem problem) {
        return new InputsSnapshot(problem.practitioners(), problem.masters(), problem.lastYearPairs());
    }

    MatchingProblem problem(MatchingRules rules, Set<PairKey> locked, Set<PairKey> forbidden) {
        return MatchingProblem.of(practitioners, masters, rules).withLastYearPairs(lastYearPairs).withLocked(locked).withForbidden(forbidden);
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static InputsSnapshot fromJson(String json) {
        return JSON.readValue(json, InputsSnapshot.class);
    }
}
