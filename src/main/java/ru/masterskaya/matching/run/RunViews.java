package ru.masterskaya.matching.run;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.matching.solver.GroupProposal;
import ru.masterskaya.matching.solver.MatchingProblem;
import ru.masterskaya.matching.solver.MatchingResult;
import ru.masterskaya.matching.solver.PairKey;
import ru.masterskaya.matching.solver.PairScore;
import ru.masterskaya.matching.solver.UnmatchedReason;
import ru.masterskaya.registry.RegistryScope;

/**
 * What one user may see of the runs: the runs of a year, a run with names (an institution
 * coordinator only their organisations' part of it) and, for the run's coordinators, the problem it
 * was solved on and its stored result, so the result can be checked independently.
 */
@Service
@Transactional(readOnly = true)
public class RunViews {

    private final RunStore store;
    private final ProblemBuilder problems;
    private final RunAccess access;
    private final RunNames names;

    RunViews(RunStore store, ProblemBuilder problems, RunAccess access, RunNames names) {
        this.store = store;
        this.problems = problems;
        this.access = access;
        this.names = names;
    }

    /** The runs of the year the user may open, newest first. */
    public List<StoredRun> visible(AcademicYear year, RegistryScope scope) {
        return store.ofYear(year).stream().filter(run -> access.sees(run, scope)).toList();
    }

    /** The newest run of the year the user may open, with how many pairs it made, counted by the database. */
    public Optional<Latest> latest(AcademicYear year, RegistryScope scope) {
        return visible(year, scope).stream().findFirst().map(run -> new Latest(run, store.countPairs(run.id())));
    }

    public record Latest(StoredRun run, long pairs) {}

    /** A run as the user may see it, with names; 404 when they may not see it at all. */
    public RunView view(UUID runId, RegistryScope scope) {
        StoredRun run = store.find(runId).orElseThrow(() -> new RunNotFoundException(runId));
        if (!access.sees(run, scope)) {
            throw new RunNotFoundException(runId);
        }
        boolean restricted = !RunAccess.manages(run, scope);
        List<StoredPair> pairs = store.pairs(runId);
        List<StoredUnmatched> unmatched = store.unmatched(runId);
        if (restricted) {
            Set<UUID> own = scope.organisationIds();
            pairs = pairs.stream().filter(pair -> own.contains(pair.practitionerOrganisationId()) || own.contains(pair.masterOrganisationId()))
                    .toList();
            unmatched = unmatched.stream().filter(left -> own.contains(left.organisationId())).toList();
        }
        List<StoredGroup> groups = restricted ? List.of() : store.groups(runId);
        Set<UUID> ids = new HashSet<>();
        pairs.forEach(pair -> {
            ids.add(pair.practitionerId());
            ids.add(pair.masterId());
        });
        unmatched.forEach(left -> ids.add(left.practitionerId()));
        groups.forEach(group -> {
            ids.addAll(group.practitioners());
            ids.addAll(group.hosts());
        });
        List<Decision> decisions = restricted ? List.of() : store.decisions(run.academicYear(), run.territory());
        decisions.forEach(decision -> {
            ids.add(decision.practitionerId());
            ids.add(decision.masterId());
        });
        return new RunView(run, restricted, pairs, unmatched, groups, restricted ? Map.of() : store.rejectedLocks(runId), decisions,
                names.cards(ids), names.topicNames());
    }

    /**
     * The problem a run was solved on: the inputs stored with it, its rules and the decisions it was
     * solved with; for checking a stored result independently.
     */
    public MatchingProblem problemOf(UUID runId, RegistryScope scope) {
        StoredRun run = access.managed(runId, scope);
        List<Decision> decisions = store.runDecisions(run);
        Set<PairKey> locked = Decision.keys(decisions, DecisionKind.LOCKED);
        Set<PairKey> forbidden = Decision.keys(decisions, DecisionKind.FORBIDDEN);
        return store.inputs(runId).map(inputs -> inputs.problem(run.rules(), locked, forbidden))
                .orElseGet(() -> problems.build(run.academicYear(), run.territory(), run.rules(), locked, forbidden));
    }

    /** The stored result as the solver's result, certificate included, for an independent check. */
    public MatchingResult storedResult(UUID runId, RegistryScope scope) {
        StoredRun run = access.managed(runId, scope);
        List<PairScore> pairs = store.pairs(runId).stream().map(StoredPair::toPairScore).toList();
        Map<UUID, UnmatchedReason> unmatched = new LinkedHashMap<>();
        store.unmatched(runId).forEach(left -> unmatched.put(left.practitionerId(), left.reason()));
        List<GroupProposal> groups = store.groups(runId).stream()
                .map(group -> new GroupProposal(group.topicId(), group.practitioners(), group.unmatched(), group.hosts(), group.format())).toList();
        return new MatchingResult(pairs, run.objective(), unmatched, store.rejectedLocks(runId), groups, store.certificate(run), pairs.size());
    }
}
