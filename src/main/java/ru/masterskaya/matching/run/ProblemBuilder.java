package ru.masterskaya.matching.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * a master takes at most the smaller of their capacity and yearly cap; a topic the coordinator declared
 * without a self-diagnosis result counts as exactly strong enough. The pairs the territory published
 * last academic year are passed on, so the rules can refuse to repeat them.
 */
@Component
class ProblemBuilder {

    private final MatchingInputs inputs;
    private final RunStore store;

    ProblemBuilder(MatchingInputs inputs, RunStore store) {
        this.inputs = inputs;
        this.store = store;
    }

    MatchingProblem build(AcademicYear year, Territory territory, MatchingRules rules, Set<PairKey> locked, Set<PairKey> forbidden) {
        List<Practitioner> practitioners = inputs.openRequests(year, territory.scope()).stream().map(ProblemBuilder::practitioner).toList();
        List<Master> masters = inputs.confirmedOffers(year, territory.scope()).stream().map(offer -> master(offer, rules)).toList();
        return MatchingProblem.of(practitioners, masters, rules).withLocked(locked).withForbidden(forbidden)
                .withLastYearPairs(store.publishedPairs(year.previous(), territory));
    }

    private static Practitioner practitioner(RequestInput request) {
        return new Practitioner(request.practitionerId(), request.organisationId(), request.municipalityId(), request.organisationTypeCode(),
                request.topics().stream().map(need -> new Need(need.topicId(), need.percent(), need.level())).toList(),
                request.priorityTopicId(), request.preferredFormat() == null ? null : format(request.preferredFormat()),
                request.ownOrganisationAcceptable());
    }

    private static Master master(OfferInput offer, MatchingRules rules) {
        Map<UUID, Integer> strengths = new HashMap<>();
        offer.topics().forEach(topic -> strengths.put(topic.topicId(),
                topic.percent() == null ? rules.masterStrengthFrom() : topic.percent()));
        return new Master(offer.masterId(), offer.organisationId(), offer.municipalityId(), strengths, categoryWeight(offer.category()),
                Math.min(offer.capacity(), offer.yearlyCap()), Set.of(format(offer.format())), offer.servedMunicipalityIds(),
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
