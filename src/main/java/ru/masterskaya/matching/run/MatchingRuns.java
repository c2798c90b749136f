package ru.masterskaya.matching.run;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.matching.PairsPublished;
import ru.masterskaya.matching.solver.GroupProposal;
import ru.masterskaya.matching.solver.Master;
import ru.masterskaya.matching.solver.MatchingProblem;
import ru.masterskaya.matching.solver.MatchingResult;
import ru.masterskaya.matching.solver.MatchingRules;
import ru.masterskaya.matching.solver.MatchingSolver;
import ru.masterskaya.matching.solver.PairExplanations;
import ru.masterskaya.matching.solver.Practitioner;
import ru.masterskaya.registry.RegistryScope;

/**
 * Matching runs of an academic year and territory: a coordinator starts one with rules, the solver
 * gives the whole-cohort optimum under their locked and forbidden pairs ({@link RunDecisions}), and
 * everything is stored as a draft that they re-run and publish. The run is solved twice, with and
 * without the decisions, so the draft can say what the manual changes cost. What users see of the
 * runs is read through {@link RunViews} and {@link OwnPairs}.
 */
@Service
@Transactional(readOnly = true)
public class MatchingRuns {

    private static final Locale RUSSIAN = Locale.of("ru");

    private final RunStore store;
    private final ProblemBuilder problems;
    private final HeldPairs held;
    private final RunAccess access;
    private final RunNames names;
    private final MessageSource messages;
    private final RunMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MatchingSolver solver = new MatchingSolver();

    MatchingRuns(RunStore store, ProblemBuilder problems, HeldPairs held, RunAccess access, RunNames names, MessageSource messages, RunMails mails,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.problems = problems;
        this.held = held;
        this.access = access;
        this.names = names;
        this.messages = messages;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    /** Solves the territory's cohort of the year with the rules and its decisions; the previous draft is superseded. */
    @Transactional
    public StoredRun start(AcademicYear year, RegistryScope scope, MatchingRules rules, String actor) {
        if (!scope.managesTerritory()) {
            throw new AccessDeniedException("Only coordinators of a territory start matching runs");
        }
        return solveAndStore(year, Territory.of(scope), rules, actor);
    }

    /** «Пересчитать»: the next run of the draft's year and territory with the same rules and the decisions taken since. */
    @Transactional
    public StoredRun rerun(UUID runId, RegistryScope scope, String actor) {
        StoredRun run = access.managed(runId, scope);
        return solveAndStore(run.academicYear(), run.territory(), run.rules(), actor);
    }

    private StoredRun solveAndStore(AcademicYear year, Territory territory, MatchingRules rules, String actor) {
        List<Decision> all = store.decisions(year, territory);
        ProblemBuilder.Cohort cohort = problems.cohort(year, territory, rules, Decision.keys(all, DecisionKind.LOCKED),
                Decision.keys(all, DecisionKind.FORBIDDEN));
        MatchingProblem problem = cohort.problem();
        List<Decision> decisions = all.stream().filter(decision -> !cohort.pairedPractitioners().contains(decision.practitionerId())).toList();
        long started = System.nanoTime();
        MatchingResult result = solver.solve(problem);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long unconstrained = decisions.isEmpty() ? result.totalScore()
                : solver.solve(problem.withLocked(Set.of()).withForbidden(cohort.givenUp())).totalScore();
        store.supersedeDrafts(year, territory);
        StoredRun run = new StoredRun(UUID.randomUUID(), year, territory, RunStatus.DRAFT, rules, result.totalScore(), unconstrained,
                result.certificate().objective(), decisions.size(), millis, problem.practitioners().size(), problem.masters().size(),
                cohort.workingPairs(), actor,
                clock.instant(), null, null);
        store.insert(run);
        store.insertInputs(run.id(), InputsSnapshot.of(problem, cohort.givenUp()));
        store.insertRunDecisions(run.id(), decisions);
        Map<UUID, Practitioner> practitioners = problem.practitioners().stream().collect(Collectors.toMap(Practitioner::id, p -> p));
        Map<UUID, Master> masters = problem.masters().stream().collect(Collectors.toMap(Master::id, m -> m));
        Map<UUID, String> topicNames = names.topicNames();
        // stored in Russian for the e-mails; pages and exports render it again in the reader's language
        PairExplanations explanations = new PairExplanations(messages, topicNames::get);
        store.insertPairs(run.id(), result.pairs().stream().map(pair -> new StoredPair(pair.practitionerId(),
                practitioners.get(pair.practitionerId()).organisationId(), pair.masterId(), masters.get(pair.masterId()).organisationId(),
                pair.topicId(), pair.needPercent(), pair.needLevel(), pair.strength(), pair.sameOrganisation(), pair.sameMunicipality(),
                pair.preferredFormat(), pair.locked(), pair.total(), pair.components(), explanations.explain(pair, RUSSIAN), false)).toList());
        store.insertUnmatched(run.id(), result.unmatched().entrySet().stream()
                .map(left -> new StoredUnmatched(left.getKey(), practitioners.get(left.getKey()).organisationId(), left.getValue())).toList());
        int position = 0;
        for (GroupProposal proposal : result.groupProposals()) {
            store.insertGroup(run.id(), position++, new StoredGroup(proposal.topicId(), proposal.format(), proposal.unmatched(),
                    proposal.practitioners(), proposal.hosts()));
        }
        store.insertCertificate(run.id(), result.certificate());
        result.rejectedLocks().forEach((key, reason) -> store.insertRejectedLock(run.id(), key, reason));
        return run;
    }

    /**
     * Publishes the draft's pairs (all, or the chosen practitioners'), e-mails both sides of each pair
     * and announces {@link PairsPublished}. Returns how many pairs were published. A practitioner paired
     * this year since the draft was solved (by a run of an overlapping territory) keeps that pair: theirs
     * is neither published again nor e-mailed.
     */
    @Transactional
    public int publish(UUID runId, Collection<UUID> chosenPractitioners, RegistryScope scope, String actor) {
        StoredRun run = access.draft(runId, scope);
        Set<UUID> alreadyPaired = held.of(run.academicYear()).pairedPractitioners();
        List<StoredPair> pairs = store.pairs(runId).stream()
                .filter(pair -> chosenPractitioners.isEmpty() || chosenPractitioners.contains(pair.practitionerId()))
                .filter(pair -> !alreadyPaired.contains(pair.practitionerId())).toList();
        store.publish(runId, pairs.stream().map(StoredPair::practitionerId).toList(), actor, clock.instant());
        Set<UUID> ids = new HashSet<>();
        pairs.forEach(pair -> {
            ids.add(pair.practitionerId());
            ids.add(pair.masterId());
        });
        Map<UUID, PersonCard> cards = names.cards(ids);
        Map<UUID, String> topicNames = names.topicNames();
        for (StoredPair pair : pairs) {
            mails.published(run.academicYear(), pair, topicNames.get(pair.topicId()), cards.get(pair.practitionerId()), cards.get(pair.masterId()));
        }
        if (!pairs.isEmpty()) {
            events.publishEvent(new PairsPublished(runId, run.academicYear(),
                    pairs.stream().map(pair -> new PairsPublished.Pair(pair.practitionerId(), pair.masterId(), pair.topicId())).toList()));
        }
        return pairs.size();
    }
}
