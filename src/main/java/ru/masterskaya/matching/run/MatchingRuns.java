package ru.masterskaya.matching.run;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicFilter;
import ru.masterskaya.diagnostics.TopicId;
import ru.masterskaya.matching.PairsPublished;
import ru.masterskaya.matching.solver.Exclusion;
import ru.masterskaya.matching.solver.GroupProposal;
import ru.masterskaya.matching.solver.Master;
import ru.masterskaya.matching.solver.MatchingProblem;
import ru.masterskaya.matching.solver.MatchingResult;
import ru.masterskaya.matching.solver.MatchingRules;
import ru.masterskaya.matching.solver.MatchingSolver;
import ru.masterskaya.matching.solver.PairExplanations;
import ru.masterskaya.matching.solver.PairKey;
import ru.masterskaya.matching.solver.PairScore;
import ru.masterskaya.matching.solver.PairScorer;
import ru.masterskaya.matching.solver.Practitioner;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryScope;

/**
 * Matching runs of an academic year and territory: a coordinator starts one with rules, the solver
 * gives the whole-cohort optimum under their locked and forbidden pairs, and everything is stored as a
 * draft that they adjust, re-run and publish. The run is solved twice, with and without the decisions,
 * so the draft can say what the manual changes cost.
 */
@Service
@Transactional(readOnly = true)
public class MatchingRuns {

    private static final Locale RUSSIAN = Locale.of("ru");

    private final RunStore store;
    private final ProblemBuilder problems;
    private final PersonRepository people;
    private final TopicCatalogue topics;
    private final MessageSource messages;
    private final RunMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MatchingSolver solver = new MatchingSolver();

    MatchingRuns(RunStore store, ProblemBuilder problems, PersonRepository people, TopicCatalogue topics, MessageSource messages,
            RunMails mails, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.problems = problems;
        this.people = people;
        this.topics = topics;
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
        StoredRun run = managed(runId, scope);
        return solveAndStore(run.academicYear(), run.territory(), run.rules(), actor);
    }

    private StoredRun solveAndStore(AcademicYear year, Territory territory, MatchingRules rules, String actor) {
        List<Decision> all = store.decisions(year, territory);
        ProblemBuilder.Cohort cohort = problems.cohort(year, territory, rules, keys(all, DecisionKind.LOCKED), keys(all, DecisionKind.FORBIDDEN));
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
        Map<UUID, String> topicNames = topicNames();
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

    /** The runs of the year the user may open, newest first. */
    public List<StoredRun> visible(AcademicYear year, RegistryScope scope) {
        return store.ofYear(year).stream().filter(run -> sees(run, scope)).toList();
    }

    /** A run as the user may see it, with names; 404 when they may not see it at all. */
    public RunView view(UUID runId, RegistryScope scope) {
        StoredRun run = store.find(runId).orElseThrow(() -> new RunNotFoundException(runId));
        if (!sees(run, scope)) {
            throw new RunNotFoundException(runId);
        }
        boolean restricted = !manages(run, scope);
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
                cards(ids), topicNames());
    }

    /**
     * The problem a run was solved on: the inputs stored with it, its rules and the decisions it was
     * solved with; for checking a stored result independently.
     */
    public MatchingProblem problemOf(UUID runId, RegistryScope scope) {
        StoredRun run = managed(runId, scope);
        List<Decision> decisions = store.runDecisions(run);
        Set<PairKey> locked = keys(decisions, DecisionKind.LOCKED);
        Set<PairKey> forbidden = keys(decisions, DecisionKind.FORBIDDEN);
        return store.inputs(runId).map(inputs -> inputs.problem(run.rules(), locked, forbidden))
                .orElseGet(() -> problems.build(run.academicYear(), run.territory(), run.rules(), locked, forbidden));
    }

    /** The stored result as the solver's result, certificate included, for an independent check. */
    public MatchingResult storedResult(UUID runId, RegistryScope scope) {
        StoredRun run = managed(runId, scope);
        List<PairScore> pairs = store.pairs(runId).stream().map(StoredPair::toPairScore).toList();
        Map<UUID, ru.masterskaya.matching.solver.UnmatchedReason> unmatched = new LinkedHashMap<>();
        store.unmatched(runId).forEach(left -> unmatched.put(left.practitionerId(), left.reason()));
        List<GroupProposal> groups = store.groups(runId).stream()
                .map(group -> new GroupProposal(group.topicId(), group.practitioners(), group.unmatched(), group.hosts(), group.format())).toList();
        return new MatchingResult(pairs, run.objective(), unmatched, store.rejectedLocks(runId), groups, store.certificate(run), pairs.size());
    }

    /**
     * Masters strong on the pair's topic (or, for the unmatched, on one of their needs), those with places
     * left in the draft first, then the strongest; a full master stays choosable, with a warning on moving.
     */
    public List<MoveOption> moveOptions(UUID runId, UUID practitionerId, RegistryScope scope) {
        StoredRun run = draft(runId, scope);
        List<MoveOption> options = moveOptions(run).get(practitionerId);
        if (options == null) {
            throw new RunNotFoundException(practitionerId);
        }
        Map<UUID, PersonCard> cards = cards(options.stream().map(MoveOption::masterId).toList());
        return options.stream().map(option -> new MoveOption(option.masterId(), cards.get(option.masterId()), option.placesLeft())).toList();
    }

    private Map<UUID, List<MoveOption>> moveOptions(StoredRun run) {
        List<Decision> decisions = store.decisions(run.academicYear(), run.territory());
        MatchingProblem problem = problems.build(run.academicYear(), run.territory(), run.rules(), keys(decisions, DecisionKind.LOCKED),
                keys(decisions, DecisionKind.FORBIDDEN));
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
                    .sorted(java.util.Comparator.comparing((Master master) -> load.getOrDefault(master.id(), 0) >= run.rules().capacityOf(master))
                            .thenComparing(master -> -strength(master, practitioner, topic)))
                    .map(master -> new MoveOption(master.id(), null,
                            Math.max(0, run.rules().capacityOf(master) - load.getOrDefault(master.id(), 0))))
                    .toList();
            options.put(practitioner.id(), masters);
        }
        return options;
    }

    /** A master a practitioner may be moved to, with the places they have left in the draft. */
    public record MoveOption(UUID masterId, @org.jspecify.annotations.Nullable PersonCard master, int placesLeft) {}

    /** Locks a pair for the next runs of the territory; a practitioner is locked to one master at a time. */
    @Transactional
    public void lock(UUID runId, UUID practitionerId, UUID masterId, RegistryScope scope, String actor) {
        StoredRun run = draft(runId, scope);
        requireParticipants(run, practitionerId, masterId);
        store.deleteLocksOf(run.academicYear(), run.territory(), practitionerId);
        store.decide(run.academicYear(), run.territory(), new Decision(practitionerId, masterId, DecisionKind.LOCKED, actor, clock.instant()));
    }

    /** Forbids a pair: no next run of the territory proposes it. */
    @Transactional
    public void forbid(UUID runId, UUID practitionerId, UUID masterId, RegistryScope scope, String actor) {
        StoredRun run = draft(runId, scope);
        requireParticipants(run, practitionerId, masterId);
        store.decide(run.academicYear(), run.territory(), new Decision(practitionerId, masterId, DecisionKind.FORBIDDEN, actor, clock.instant()));
    }

    /** Withdraws a decision. */
    @Transactional
    public void withdraw(UUID runId, UUID practitionerId, UUID masterId, RegistryScope scope) {
        StoredRun run = draft(runId, scope);
        store.deleteDecision(run.academicYear(), run.territory(), new PairKey(practitionerId, masterId));
    }

    /**
     * Moves a practitioner to another master by hand: stored as a locked pair that the next run keeps,
     * with the rules the move breaks (the coordinator may override the rules, not a capacity or a prohibition).
     */
    @Transactional
    public Set<MoveWarning> move(UUID runId, UUID practitionerId, UUID masterId, RegistryScope scope, String actor) {
        StoredRun run = draft(runId, scope);
        List<Decision> decisions = store.decisions(run.academicYear(), run.territory());
        MatchingProblem problem = problems.build(run.academicYear(), run.territory(), run.rules(), keys(decisions, DecisionKind.LOCKED),
                keys(decisions, DecisionKind.FORBIDDEN));
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
                    case FORBIDDEN_BY_COORDINATOR -> keys(decisions, DecisionKind.FORBIDDEN).contains(new PairKey(practitionerId, masterId))
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

    /**
     * Publishes the draft's pairs (all, or the chosen practitioners'), e-mails both sides of each pair
     * and announces {@link PairsPublished}. Returns how many pairs were published. A practitioner paired
     * this year since the draft was solved (by a run of an overlapping territory) keeps that pair: theirs
     * is neither published again nor e-mailed.
     */
    @Transactional
    public int publish(UUID runId, Collection<UUID> chosenPractitioners, RegistryScope scope, String actor) {
        StoredRun run = draft(runId, scope);
        Set<UUID> alreadyPaired = problems.heldPairs(run.academicYear()).pairedPractitioners();
        List<StoredPair> pairs = store.pairs(runId).stream()
                .filter(pair -> chosenPractitioners.isEmpty() || chosenPractitioners.contains(pair.practitionerId()))
                .filter(pair -> !alreadyPaired.contains(pair.practitionerId())).toList();
        store.publish(runId, pairs.stream().map(StoredPair::practitionerId).toList(), actor, clock.instant());
        Set<UUID> ids = new HashSet<>();
        pairs.forEach(pair -> {
            ids.add(pair.practitionerId());
            ids.add(pair.masterId());
        });
        Map<UUID, PersonCard> cards = cards(ids);
        Map<UUID, String> topicNames = topicNames();
        for (StoredPair pair : pairs) {
            mails.published(run.academicYear(), pair, topicNames.get(pair.topicId()), cards.get(pair.practitionerId()), cards.get(pair.masterId()));
        }
        if (!pairs.isEmpty()) {
            events.publishEvent(new PairsPublished(runId, run.academicYear(),
                    pairs.stream().map(pair -> new PairsPublished.Pair(pair.practitionerId(), pair.masterId(), pair.topicId())).toList()));
        }
        return pairs.size();
    }

    /**
     * The published pairs of the year where the person is a side, with names and the explanation in
     * the reader's language: for their own pages. A pair declined or ended early since is not shown.
     */
    public List<OwnPair> publishedWith(UUID personId, AcademicYear year, Locale locale) {
        List<StoredPair> pairs = store.publishedWith(personId, year);
        Set<UUID> ids = new HashSet<>();
        pairs.forEach(pair -> {
            ids.add(pair.practitionerId());
            ids.add(pair.masterId());
        });
        Map<UUID, PersonCard> cards = cards(ids);
        Map<UUID, String> topicNames = topicNames();
        PairExplanations explanations = new PairExplanations(messages, topicNames::get);
        List<OwnPair> own = new ArrayList<>();
        Set<PairKey> seen = new HashSet<>(problems.givenUpWith(personId, year));
        for (StoredPair pair : pairs) {
            if (seen.add(new PairKey(pair.practitionerId(), pair.masterId()))) {
                own.add(new OwnPair(cards.get(pair.practitionerId()), cards.get(pair.masterId()), topicNames.get(pair.topicId()),
                        explanations.explain(pair.toPairScore(), locale)));
            }
        }
        return own;
    }

    /** A published pair as one of its sides sees it. */
    public record OwnPair(PersonCard practitioner, PersonCard master, String topicName, String explanation) {}

    public String topicName(UUID topicId) {
        return topics.get(new TopicId(topicId)).getName();
    }

    /** Every topic's name by id, read at once: a page of hundreds of pairs asks for the same few topics. */
    public Map<UUID, String> topicNames() {
        Map<UUID, String> names = new HashMap<>();
        topics.list(TopicFilter.ALL).forEach(topic -> names.put(topic.getId(), topic.getName()));
        return names;
    }

    private StoredRun managed(UUID runId, RegistryScope scope) {
        StoredRun run = store.find(runId).orElseThrow(() -> new RunNotFoundException(runId));
        if (manages(run, scope)) {
            return run;
        }
        if (sees(run, scope)) {
            throw new AccessDeniedException("Only the territory's coordinators change a run");
        }
        throw new RunNotFoundException(runId);
    }

    /** Decisions name only people of the run's cohort: anything else is a 404, as if probing ids. */
    private void requireParticipants(StoredRun run, UUID practitionerId, UUID masterId) {
        MatchingProblem problem = problems.build(run.academicYear(), run.territory(), run.rules(), Set.of(), Set.of());
        if (problem.practitioners().stream().noneMatch(p -> p.id().equals(practitionerId))
                || problem.masters().stream().noneMatch(m -> m.id().equals(masterId))) {
            throw new RunNotFoundException(practitionerId + " / " + masterId);
        }
    }

    private StoredRun draft(UUID runId, RegistryScope scope) {
        StoredRun run = managed(runId, scope);
        if (!run.isDraft()) {
            throw new RunNotDraft(runId);
        }
        return run;
    }

    private static boolean manages(StoredRun run, RegistryScope scope) {
        return scope.everything() || (scope.managesTerritory() && Territory.of(scope).equals(run.territory()));
    }

    private boolean sees(StoredRun run, RegistryScope scope) {
        if (manages(run, scope)) {
            return true;
        }
        if (scope.organisationIds().isEmpty()) {
            return false;
        }
        Set<UUID> own = scope.organisationIds();
        return store.pairs(run.id()).stream().anyMatch(pair -> own.contains(pair.practitionerOrganisationId()) || own.contains(pair.masterOrganisationId()))
                || store.unmatched(run.id()).stream().anyMatch(left -> own.contains(left.organisationId()));
    }

    private Map<UUID, PersonCard> cards(Collection<UUID> ids) {
        Map<UUID, PersonCard> cards = new HashMap<>();
        for (Person person : people.findAllByIds(ids)) {
            Organisation organisation = person.getOrganisation();
            String firstNames = person.getMiddleName() == null ? person.getFirstName() : person.getFirstName() + " " + person.getMiddleName();
            cards.put(person.getId(), new PersonCard(person.getId(), person.getFullName().full(), firstNames, person.getEmail(),
                    organisation.getId(), organisation.getShortName(), organisation.getType().getCode(), organisation.getType().getName()));
        }
        return cards;
    }

    private static Map<UUID, Integer> load(List<StoredPair> pairs) {
        Map<UUID, Integer> load = new HashMap<>();
        pairs.forEach(pair -> load.merge(pair.masterId(), 1, Integer::sum));
        return load;
    }

    private static long strength(Master master, Practitioner practitioner, @org.jspecify.annotations.Nullable UUID topic) {
        if (topic != null) {
            return master.strengthOn(topic);
        }
        return practitioner.needs().stream().mapToInt(need -> master.strengthOn(need.topicId())).max().orElse(0);
    }

    private static Set<PairKey> keys(List<Decision> decisions, DecisionKind kind) {
        return decisions.stream().filter(decision -> decision.kind() == kind).map(Decision::key).collect(Collectors.toSet());
    }

}
