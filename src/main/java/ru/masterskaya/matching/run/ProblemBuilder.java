package ru.masterskaya.matching.run;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.matching.MatchingInputs;
import ru.masterskaya.matching.MeetingFormat;
import ru.masterskaya.matching.OfferInput;
import ru.masterskaya.matching.RequestInput;
import ru.masterskaya.matching.solver.Format;
import ru.masterskaya.matching.solver.Master;
import ru.masterskaya.matching.solver.MatchingProblem;
import ru.masterskaya.matching.solver.MatchingRules;
import ru.masterskaya.matching.solver.Need;
import ru.masterskaya.matching.solver.PairKey;
import ru.masterskaya.matching.solver.Practitioner;
import ru.masterskaya.registry.QualificationCategory;

/**
 * Turns the confirmed offers and open requests of a year and territory into the solver's problem:
 * a master takes at most the smaller of their capacity and what is left of their yearly cap; a topic
 * the coordinator declared without a self-diagnosis result counts as exactly strong enough. The pairs
 * the territory published last academic year are passed on, so the rules can refuse to repeat them.
 *
 * <p>Pairs published earlier in the same year, or made by hand, stay as they are: their practitioners
 * are left out of the problem, and each master's yearly cap is reduced by the pairs they already have,
 * so that a second run in a year (for latecomers, or for those the first left without a master) adds
 * to the first and never undoes it. A pair declined or ended early frees its practitioner and its
 * master's place, and the two are not proposed to each other again that year unless the coordinator
 * locks that pair ({@link HeldPairs}).
 * The capacity is how many a master takes in one run; the yearly cap is what bounds all runs of the
 * year together.
 */
@Component
class ProblemBuilder {

    private final MatchingInputs inputs;
    private final RunStore store;
    private final HeldPairs held;

    ProblemBuilder(MatchingInputs inputs, RunStore store, HeldPairs held) {
        this.inputs = inputs;
        this.store = store;
        this.held = held;
    }

    MatchingProblem build(AcademicYear year, Territory territory, MatchingRules rules, Set<PairKey> locked, Set<PairKey> forbidden) {
        return cohort(year, territory, rules, locked, forbidden).problem();
    }

    /**
     * The problem and the pairs of the year already working in its territory (those whose practitioner
     * has an open request there or whose master a confirmed offer). Locks on an already paired
     * practitioner are dropped: their pair is published and stays. A pair given up this year is
     * forbidden unless the coordinator locked it since (they may bring the two together again).
     */
    Cohort cohort(AcademicYear year, Territory territory, MatchingRules rules, Set<PairKey> locked, Set<PairKey> forbidden) {
        HeldPairs.OfTheYear ofTheYear = held.of(year);
        Set<PairKey> working = ofTheYear.working();
        Set<UUID> paired = new HashSet<>();
        Map<UUID, Integer> published = new HashMap<>();
        working.forEach(pair -> {
            paired.add(pair.practitionerId());
            published.merge(pair.masterId(), 1, Integer::sum);
        });
        List<RequestInput> requests = inputs.openRequests(year, territory.scope());
        List<OfferInput> offers = inputs.confirmedOffers(year, territory.scope());
        Set<UUID> cohort = new HashSet<>();
        requests.forEach(request -> cohort.add(request.practitionerId()));
        offers.forEach(offer -> cohort.add(offer.masterId()));
        int workingHere = (int) working.stream()
                .filter(pair -> cohort.contains(pair.practitionerId()) || cohort.contains(pair.masterId())).count();
        List<Practitioner> practitioners = requests.stream().filter(request -> !paired.contains(request.practitionerId()))
                .map(ProblemBuilder::practitioner).toList();
        List<Master> masters = offers.stream().map(offer -> master(offer, rules, published.getOrDefault(offer.masterId(), 0))).toList();
        Set<PairKey> keptLocks = locked.stream().filter(key -> !paired.contains(key.practitionerId())).collect(Collectors.toSet());
        Set<PairKey> givenUp = new HashSet<>(ofTheYear.givenUp());
        givenUp.removeAll(keptLocks);
        Set<PairKey> notAgain = new HashSet<>(forbidden);
        notAgain.addAll(givenUp);
        MatchingProblem problem = MatchingProblem.of(practitioners, masters, rules).withLocked(keptLocks).withForbidden(notAgain)
                .withLastYearPairs(store.publishedPairs(year.previous(), territory));
        return new Cohort(problem, workingHere, paired, Set.copyOf(givenUp));
    }

    /**
     * A run's problem, how many pairs of its territory were already working this year, every
     * practitioner already paired this year, and the pairs given up this year (forbidden in the problem).
     */
    record Cohort(MatchingProblem problem, int workingPairs, Set<UUID> pairedPractitioners, Set<PairKey> givenUp) {}

    private static Practitioner practitioner(RequestInput request) {
        return new Practitioner(request.practitionerId(), request.organisationId(), request.municipalityId(), request.organisationTypeCode(),
                request.topics().stream().map(need -> new Need(need.topicId(), need.percent(), need.level())).toList(),
                request.priorityTopicId(), request.preferredFormat() == null ? null : format(request.preferredFormat()),
                request.ownOrganisationAcceptable());
    }

    /** A master's places in this run: their capacity, but no more than their yearly cap leaves after the pairs they already have. */
    static int places(int capacity, int yearlyCap, int alreadyPublished) {
        return Math.max(0, Math.min(capacity, yearlyCap - alreadyPublished));
    }

    private static Master master(OfferInput offer, MatchingRules rules, int alreadyPublished) {
        Map<UUID, Integer> strengths = new HashMap<>();
        offer.topics().forEach(topic -> strengths.put(topic.topicId(),
                topic.percent() == null ? rules.masterStrengthFrom() : topic.percent()));
        return new Master(offer.masterId(), offer.organisationId(), offer.municipalityId(), strengths, categoryWeight(offer.category()),
                places(offer.capacity(), offer.yearlyCap(), alreadyPublished), Set.of(format(offer.format())), offer.servedMunicipalityIds(),
                offer.servedOrganisationIds());
    }

    static Format format(MeetingFormat format) {
        return switch (format) {
            case IN_PERSON -> Format.IN_PERSON;
            case REMOTE -> Format.REMOTE;
            case MIXED -> Format.BLENDED;
        };
    }

    /** Steps of the category weight: none 0, first 1, highest 2, методист or наставник 3. */
    static int categoryWeight(QualificationCategory category) {
        return switch (category) {
            case NONE, CORRESPONDENCE -> 0;
            case FIRST -> 1;
            case HIGHEST -> 2;
            case TEACHER_METHODOLOGIST, TEACHER_MENTOR -> 3;
        };
    }
}
