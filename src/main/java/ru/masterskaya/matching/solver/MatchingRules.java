package ru.masterskaya.matching.solver;

import java.util.Map;

/**
 * The rules of one run. Points are integers in hundredths of a point, so the flow is exact; weights are
 * hundredths of a point per percent. {@link #defaults()} gives the values a run starts from.
 *
 * @param masterStrengthFrom       a master is strong on a topic from this percent (the Р-201 «минимальный»)
 * @param minimumSuitability       no pair is made below this total
 * @param sameOrganisation         forbid or penalise pairs inside one organisation
 * @param sameOrganisationPenalty  the penalty when penalised
 * @param allowRepeats             whether last year's pairs may be made again
 * @param loadCap                  no master takes more practitioners at once than this, whatever they offered
 * @param depthWeight              per percent of deficit depth (100 minus the result)
 * @param strengthWeight           per percent of the master's strength on the topic
 * @param priorityBonus            when the topic is the practitioner's priority
 * @param formatBonus              when the master offers the preferred format
 * @param formatPenalty            when they do not
 * @param categoryWeight           per step of the master's category
 * @param sameMunicipalityBonus    when both work in one municipality
 * @param coverageBonus            per organisation type code of the practitioner, so that e.g. ДОУ are covered
 * @param groupThreshold           a topic shared by this many practitioners not paired on it gets a group format
 */
public record MatchingRules(
        int masterStrengthFrom,
        long minimumSuitability,
        SameOrganisation sameOrganisation,
        long sameOrganisationPenalty,
        boolean allowRepeats,
        int loadCap,
        long depthWeight,
        long strengthWeight,
        long priorityBonus,
        long formatBonus,
        long formatPenalty,
        long categoryWeight,
        long sameMunicipalityBonus,
        Map<String, Long> coverageBonus,
        int groupThreshold) {

    public MatchingRules {
        coverageBonus = Map.copyOf(coverageBonus);
    }

    public static MatchingRules defaults() {
        return new MatchingRules(81, 50_00, SameOrganisation.PENALISED, 20_00, false, 5,
                1_00, 50, 20_00, 10_00, 10_00, 5_00, 10_00, Map.of("PRESCHOOL", 15_00L), 5);
    }

    public MatchingRules withMinimumSuitability(long points) {
        return new MatchingRules(masterStrengthFrom, points, sameOrganisation, sameOrganisationPenalty, allowRepeats, loadCap,
                depthWeight, strengthWeight, priorityBonus, formatBonus, formatPenalty, categoryWeight,
                sameMunicipalityBonus, coverageBonus, groupThreshold);
    }

    public MatchingRules withSameOrganisation(SameOrganisation rule, long penalty) {
        return new MatchingRules(masterStrengthFrom, minimumSuitability, rule, penalty, allowRepeats, loadCap,
                depthWeight, strengthWeight, priorityBonus, formatBonus, formatPenalty, categoryWeight,
                sameMunicipalityBonus, coverageBonus, groupThreshold);
    }

    public MatchingRules withRepeatsAllowed(boolean allowed) {
        return new MatchingRules(masterStrengthFrom, minimumSuitability, sameOrganisation, sameOrganisationPenalty, allowed,
                loadCap, depthWeight, strengthWeight, priorityBonus, formatBonus, formatPenalty, categoryWeight,
                sameMunicipalityBonus, coverageBonus, groupThreshold);
    }

    public MatchingRules withLoadCap(int cap) {
        return new MatchingRules(masterStrengthFrom, minimumSuitability, sameOrganisation, sameOrganisationPenalty,
                allowRepeats, cap, depthWeight, strengthWeight, priorityBonus, formatBonus, formatPenalty,
                categoryWeight, sameMunicipalityBonus, coverageBonus, groupThreshold);
    }

    public MatchingRules withCoverageBonus(Map<String, Long> bonus) {
        return new MatchingRules(masterStrengthFrom, minimumSuitability, sameOrganisation, sameOrganisationPenalty,
                allowRepeats, loadCap, depthWeight, strengthWeight, priorityBonus, formatBonus, formatPenalty,
                categoryWeight, sameMunicipalityBonus, bonus, groupThreshold);
    }

    public MatchingRules withGroupThreshold(int threshold) {
        return new MatchingRules(masterStrengthFrom, minimumSuitability, sameOrganisation, sameOrganisationPenalty,
                allowRepeats, loadCap, depthWeight, strengthWeight, priorityBonus, formatBonus, formatPenalty,
                categoryWeight, sameMunicipalityBonus, coverageBonus, threshold);
    }

    /** How many practitioners a master takes at once under this run's load cap. */
    public int capacityOf(Master master) {
        return Math.max(0, Math.min(master.capacity(), loadCap));
    }
}
