package ru.masterskaya.matching.solver;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import ru.masterskaya.diagnostics.scoring.DeficitLevel;

/** Hand-made people for small instances: two topics, two municipalities, three organisations. */
final class Cohort {

    static final UUID SWOT = id(1);
    static final UUID PROJECTS = id(2);
    static final UUID TOWN = id(10);
    static final UUID VILLAGE = id(11);
    static final UUID SCHOOL_1 = id(20);
    static final UUID SCHOOL_2 = id(21);
    static final UUID KINDERGARTEN = id(22);

    private Cohort() {}

    static UUID id(int n) {
        return new UUID(0, n);
    }

    static Need high(UUID topic, int percent) {
        return new Need(topic, percent, DeficitLevel.HIGH);
    }

    static Need medium(UUID topic, int percent) {
        return new Need(topic, percent, DeficitLevel.MEDIUM);
    }

    static Practitioner teacher(int n, UUID organisation, Need... needs) {
        UUID municipality = organisation.equals(KINDERGARTEN) ? VILLAGE : TOWN;
        String type = organisation.equals(KINDERGARTEN) ? "PRESCHOOL" : "SCHOOL";
        return new Practitioner(id(100 + n), organisation, municipality, type, List.of(needs), null, null, true);
    }

    static Practitioner withPriority(Practitioner practitioner, UUID topic) {
        return new Practitioner(practitioner.id(), practitioner.organisationId(), practitioner.municipalityId(),
                practitioner.organisationType(), practitioner.needs(), topic, practitioner.preferredFormat(),
                practitioner.acceptsOwnOrganisation());
    }

    static Practitioner decliningOwnOrganisation(Practitioner practitioner) {
        return new Practitioner(practitioner.id(), practitioner.organisationId(), practitioner.municipalityId(),
                practitioner.organisationType(), practitioner.needs(), practitioner.priorityTopicId(),
                practitioner.preferredFormat(), false);
    }

    static Master master(int n, UUID organisation, int capacity, Map<UUID, Integer> strengths) {
        UUID municipality = organisation.equals(KINDERGARTEN) ? VILLAGE : TOWN;
        return Master.of(id(200 + n), organisation, municipality, strengths, 0, capacity, Set.of(Format.IN_PERSON));
    }

    /** Default rules without the preschool coverage bonus, so hand-made scores stay simple. */
    static MatchingRules plainRules() {
        return MatchingRules.defaults().withCoverageBonus(Map.of());
    }

    static PairKey pair(Practitioner practitioner, Master master) {
        return new PairKey(practitioner.id(), master.id());
    }
}
