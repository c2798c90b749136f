package ru.masterskaya.matching.solver;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The definition of a pair's score and of what the rules exclude, shared by the solver and by the
 * independent {@link CertificateCheck}. A pair is on the practitioner's need that scores best among
 * those the master is strong on (the first such need on a tie).
 */
public final class PairScorer {

    private final MatchingProblem problem;
    private final MatchingRules rules;

    public PairScorer(MatchingProblem problem) {
        this.problem = problem;
        this.rules = problem.rules();
    }

    /** Points that depend on the topic: deficit depth, master strength and the priority bonus. */
    public long topicPoints(Practitioner practitioner, Need need, int strength) {
        long points = rules.depthWeight() * need.depth() + rules.strengthWeight() * strength;
        if (need.topicId().equals(practitioner.priorityTopicId())) {
            points += rules.priorityBonus();
        }
        return points;
    }

    /** Points that depend on the pair but not on the topic. */
    public long pairPoints(Practitioner practitioner, Master master) {
        long points = 0;
        for (ScoreComponent component : pairComponents(practitioner, master)) {
            points += component.points();
        }
        return points;
    }

    /** Whether the master may be paired with the practitioner on this need at all. */
    public boolean strongOn(Master master, Need need) {
        return need.level().isNeed() && master.strengthOn(need.topicId()) >= rules.masterStrengthFrom();
    }

    /** The best need of the practitioner for this master, or null if the master is no candidate. */
    public @Nullable Need bestNeed(Practitioner practitioner, Master master) {
        if (!master.serves(practitioner)) {
            return null;
        }
        Need best = null;
        long bestPoints = Long.MIN_VALUE;
        for (Need need : practitioner.needs()) {
            if (strongOn(master, need)) {
                long points = topicPoints(practitioner, need, master.strengthOn(need.topicId()));
                if (points > bestPoints) {
                    best = need;
                    bestPoints = points;
                }
            }
        }
        return best;
    }

    /** The pair's score on its best topic, or null if the master is no candidate for the practitioner. */
    public @Nullable PairScore score(Practitioner practitioner, Master master) {
        Need need = bestNeed(practitioner, master);
        return need == null ? null : score(practitioner, master, need);
    }

    public PairScore score(Practitioner practitioner, Master master, Need need) {
        int strength = master.strengthOn(need.topicId());
        List<ScoreComponent> components = new ArrayList<>();
        components.add(new ScoreComponent(ComponentKind.DEFICIT_DEPTH, rules.depthWeight() * need.depth()));
        components.add(new ScoreComponent(ComponentKind.MASTER_STRENGTH, rules.strengthWeight() * strength));
        if (need.topicId().equals(practitioner.priorityTopicId())) {
            components.add(new ScoreComponent(ComponentKind.PRIORITY_TOPIC, rules.priorityBonus()));
        }
        components.addAll(pairComponents(practitioner, master));
        return new PairScore(practitioner.id(), master.id(), need.topicId(), need.percent(), need.level(), strength,
                sameOrganisation(practitioner, master), practitioner.municipalityId().equals(master.municipalityId()),
                practitioner.preferredFormat(), false, components);
    }

    /** What excludes a candidate pair with this total, or null if it may be made. */
    public @Nullable Exclusion exclusion(Practitioner practitioner, Master master, long total) {
        if (!problem.forbiddenPairs().isEmpty()
                && problem.forbiddenPairs().contains(new PairKey(practitioner.id(), master.id()))) {
            return Exclusion.FORBIDDEN_BY_COORDINATOR;
        }
        if (sameOrganisation(practitioner, master)) {
            if (!practitioner.acceptsOwnOrganisation()) {
                return Exclusion.OWN_ORGANISATION_DECLINED;
            }
            if (rules.sameOrganisation() == SameOrganisation.FORBIDDEN) {
                return Exclusion.SAME_ORGANISATION;
            }
        }
        if (!rules.allowRepeats() && !problem.lastYearPairs().isEmpty()
                && problem.lastYearPairs().contains(new PairKey(practitioner.id(), master.id()))) {
            return Exclusion.LAST_YEAR_PAIR;
        }
        if (total < rules.minimumSuitability()) {
            return Exclusion.BELOW_MINIMUM;
        }
        return null;
    }

    private List<ScoreComponent> pairComponents(Practitioner practitioner, Master master) {
        List<ScoreComponent> components = new ArrayList<>(5);
        Format preferred = practitioner.preferredFormat();
        if (preferred != null) {
            components.add(master.offers(preferred)
                    ? new ScoreComponent(ComponentKind.FORMAT_MATCH, rules.formatBonus())
                    : new ScoreComponent(ComponentKind.FORMAT_MISMATCH, -rules.formatPenalty()));
        }
        if (practitioner.municipalityId().equals(master.municipalityId()) && rules.sameMunicipalityBonus() != 0) {
            components.add(new ScoreComponent(ComponentKind.SAME_MUNICIPALITY, rules.sameMunicipalityBonus()));
        }
        if (master.category() != 0 && rules.categoryWeight() != 0) {
            components.add(new ScoreComponent(ComponentKind.CATEGORY, rules.categoryWeight() * master.category()));
        }
        long coverage = rules.coverageBonus().getOrDefault(practitioner.organisationType(), 0L);
        if (coverage != 0) {
            components.add(new ScoreComponent(ComponentKind.COVERAGE_PRIORITY, coverage));
        }
        if (sameOrganisation(practitioner, master) && rules.sameOrganisation() == SameOrganisation.PENALISED
                && rules.sameOrganisationPenalty() != 0) {
            components.add(new ScoreComponent(ComponentKind.SAME_ORGANISATION_PENALTY, -rules.sameOrganisationPenalty()));
        }
        return components;
    }

    private static boolean sameOrganisation(Practitioner practitioner, Master master) {
        return practitioner.organisationId().equals(master.organisationId());
    }
}
