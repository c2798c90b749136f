package ru.masterskaya.matching.run;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.matching.solver.Exclusion;
import ru.masterskaya.matching.solver.Master;
import ru.masterskaya.matching.solver.MatchingProblem;
import ru.masterskaya.matching.solver.PairKey;
import ru.masterskaya.matching.solver.PairScore;
import ru.masterskaya.matching.solver.PairScorer;
import ru.masterskaya.matching.solver.Practitioner;
import ru.masterskaya.registry.RegistryScope;

/**
 * The coordinator's decisions on a draft, kept for the next runs of the year and territory: lock a
 * pair, forbid one, withdraw a decision, or move a practitioner to another master by hand, choosing
 * from the masters strong enough for them and told which rules the move breaks.
 */
@Service
@Transactional(readOnly = true)
public class RunDecisions {

    private final RunStore store;
    private final ProblemBuilder problems;
    private final RunAccess access;
    private final RunNames names;
    private final Clock clock;

    RunDecisions(RunStore store, ProblemBuilder problems, RunAccess access, RunNames names, Clock clock) {
        this.store = store;
        this.problems = problems;
        this.access = access;
        this.names = names;
        this.clock = clock;
    }

    /** Locks a pair for the next runs of the territory; a practitioner is locked to one master at a time. */
    @Transactional
    public void lock(UUID runId, UUID practitionerId, UUID masterId, RegistryScope scope, String actor) {
        StoredRun run = access.draft(runId, scope);
        requireParticipants(run, practitionerId, masterId);
        store.deleteLocksOf(run.academicYear(), run.territory(), practitionerId);
        store.decide(run.academicYear(), run.territory(), new Decision(practitionerId, masterId, DecisionKind.LOCKED, actor, clock.instant()));
    }

    /** Forbids a pair: no next run of the territory proposes it. */
    @Transactional
    public void forbid(UUID runId, UUID practitionerId, UUID masterId, RegistryScope scope, String actor) {
        StoredRun run = access.draft(runId, scope);
        requireParticipants(run, practitionerId, masterId);
        store.decide(run.academicYear(), run.territory(), new Decision(practitionerId, masterId, DecisionKind.FORBIDDEN, actor, clock.instant()));
    }

    /** Withdraws a decision. */
    @Transactional
    public void withdraw(UUID runId, UUID practitionerId, UUID masterId, RegistryScope scope) {
        StoredRun run = access.draft(runId, scope);
        store.deleteDecision(run.academicYear(), run.territory(), new PairKey(practitionerId, masterId));
    }

    /**
     * Masters strong on the pair's topic (or, for the unmatched, on one of their needs), those with places
     * left in the draft first, then the strongest; a full master stays choosable, with a warning on moving.
     */
    public List<MoveOption> moveOptions(UUID runId, UUID practitionerId, RegistryScope scope) {
        StoredRun run = access.draft(runId, scope);
        List<MoveOption> options = moveOptions(run).get(practitionerId);
        if (options == null) {
            throw new RunNotFoundException(practitionerId);
        }
        Map<UUID, PersonCard> cards = names.cards(options.stream().map(MoveOption::masterId).toList());
        return options.stream().map(option -> new MoveOption(option.masterId(), cards.get(option.masterId()), option.placesLeft())).toList();
    }

    private Map<UUID, List<MoveOption>> moveOptions(StoredRun run) {
        List<Decision> decisions = store.decisions(run.academicYear(), run.territory());
        MatchingProblem problem = problems.build(run.academicYear(), run.territory(), run.rules(), Decision.keys(decisions, DecisionKind.LOCKED),
                Decision.keys(decisions, DecisionKind.FORBIDDEN));
        List<StoredPair> pairs = store.pairs(run.id());
        Map<UUID, Integer> load = load(pairs);
        Map<UUID, UUID> pairedTopic = new HashMap<>();
        Map<UUID, UUID> pairedMaster = new HashMap<>();
        pairs.forEach(pair -> {
            pairedTopic.put(pair.practitionerId(), pair.topicId());
            pairedMaster.put(pair.practitionerId(), pair.masterId());
        });
        Map<UUID, List<MoveOption>> options = new LinkedHashMap<>();
        for (Practitioner practitioner : problem.practitioners()) {
            UUID topic = pairedTopic.get(practitioner.id());
            List<MoveOption> masters = problem.masters().stream()
                    .filter(master -> !master.id().equals(practitioner.id()) && !master.id().equals(pairedMaster.get(practitioner.id())))
                    .filter(master -> strength(master, practitioner, topic) >= run.rules().masterStrengthFrom())
                    .sorted(Comparator.comparing((Master master) -> load.getOrDefault(master.id(), 0) >= run.rules().capacityOf(master))
                            .thenComparing(master -> -strength(master, practitioner, topic)))
                    .map(master -> new MoveOption(master.id(), null,
                            Math.max(0, run.rules().capacityOf(master) - load.getOrDefault(master.id(), 0))))
                    .toList();
            options.put(practitioner.id(), masters);
        }
        return options;
    }

    /**
     * Moves a practitioner to another master by hand: stored as a locked pair that the next run keeps,
     * with the rules the move breaks (the coordinator may override the rules, not a capacity or a prohibition).
     */
    @Transactional
    public Set<MoveWarning> move(UUID runId, UUID practitionerId, UUID masterId, RegistryScope scope, String actor) {
        StoredRun run = access.draft(runId, scope);
        List<Decision> decisions = store.decisions(run.academicYear(), run.territory());
        MatchingProblem problem = problems.build(run.academicYear(), run.territory(), run.rules(), Decision.keys(decisions, DecisionKind.LOCKED),
                Decision.keys(decisions, DecisionKind.FORBIDDEN));
        Practitioner practitioner = problem.practitioners().stream().filter(p -> p.id().equals(practitionerId)).findFirst()
                .orElseThrow(() -> new RunNotFoundException(practitionerId));
        Master master = problem.masters().stream().filter(m -> m.id().equals(masterId)).findFirst()
                .orElseThrow(() -> new RunNotFoundException(masterId));
        Set<MoveWarning> warnings = EnumSet.noneOf(MoveWarning.class);
        PairScorer scorer = new PairScorer(problem);
        PairScore score = scorer.score(practitioner, master);
        if (score == null) {
            warnings.add(MoveWarning.NOT_STRONG_ON_NEEDS);
        } else {
            Exclusion exclusion = scorer.exclusion(practitioner, master, score.total());
            if (exclusion != null) {
                warnings.add(switch (exclusion) {
                    case BELOW_MINIMUM -> MoveWarning.BELOW_MINIMUM;
                    case SAME_ORGANISATION -> MoveWarning.SAME_ORGANISATION_FORBIDDEN;
                    case OWN_ORGANISATION_DECLINED -> MoveWarning.OWN_ORGANISATION_DECLINED;
                    case LAST_YEAR_PAIR -> MoveWarning.LAST_YEAR_PAIR;
                    case FORBIDDEN_BY_COORDINATOR -> Decision.keys(decisions, DecisionKind.FORBIDDEN).contains(new PairKey(practitionerId, masterId))
                            ? MoveWarning.FORBIDDEN_BY_COORDINATOR : MoveWarning.GIVEN_UP_THIS_YEAR;
                });
            }
        }
        List<StoredPair> others = store.pairs(runId).stream().filter(pair -> !pair.practitionerId().equals(practitionerId)).toList();
        if (load(others).getOrDefault(masterId, 0) >= run.rules().capacityOf(master)) {
            warnings.add(MoveWarning.CAPACITY_EXCEEDED);
        }
        store.deleteDecision(run.academicYear(), run.territory(), new PairKey(practitionerId, masterId));
        store.deleteLocksOf(run.academicYear(), run.territory(), practitionerId);
        store.decide(run.academicYear(), run.territory(), new Decision(practitionerId, masterId, DecisionKind.LOCKED, actor, clock.instant()));
        return warnings;
    }

    /** Decisions name only people of the run's cohort: anything else is a 404, as if probing ids. */
    private void requireParticipants(StoredRun run, UUID practitionerId, UUID masterId) {
        MatchingProblem problem = problems.build(run.academicYear(), run.territory(), run.rules(), Set.of(), Set.of());
        if (problem.practitioners().stream().noneMatch(p -> p.id().equals(practitionerId))
                || problem.masters().stream().noneMatch(m -> m.id().equals(masterId))) {
            throw new RunNotFoundException(practitionerId + " / " + masterId);
        }
    }

    private static Map<UUID, Integer> load(List<StoredPair> pairs) {
        Map<UUID, Integer> load = new HashMap<>();
        pairs.forEach(pair -> load.merge(pair.masterId(), 1, Integer::sum));
        return load;
    }

    private static long strength(Master master, Practitioner practitioner, @Nullable UUID topic) {
        if (topic != null) {
            return master.strengthOn(topic);
        }
        return practitioner.needs().stream().mapToInt(need -> master.strengthOn(need.topicId())).max().orElse(0);
    }
}
