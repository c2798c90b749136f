package ru.masterskaya.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The score definition of {@link PairScorer} over primitive arrays, for the loops of the priced solver
 * that score hundreds of millions of pairs: topics, municipalities and organisations become indexes,
 * each practitioner's needs and each master's strong topics lie in flat arrays. It must give exactly
 * the scores and exclusions of {@link PairScorer}; a test compares them on every pair of random cohorts.
 * It is read-only once built, so pricing threads share it.
 */
final class ScoreTable {

    static final long NO_PAIR = Long.MIN_VALUE;

    /** Exclusion kinds of {@link #exclusion}. */
    static final int ALLOWED = 0;
    static final int PROHIBITED = 1;
    static final int BELOW_MINIMUM = 2;

    private static final Format[] FORMATS = Format.values();

    final int practitionerCount;
    final int masterCount;
    final int topicCount;
    final int municipalityCount;
    private final MatchingRules rules;
    private final List<Practitioner> practitioners;
    private final List<Master> masters;

    /** Needs of practitioner p (only high and medium deficits) are slots needStart[p] until needStart[p + 1]. */
    final int[] needStart;
    final int[] needTopic;
    /** Deficit depth and priority points of the slot; the master's strength points are added per pair. */
    final long[] needPoints;
    /** The slot's index in {@link Practitioner#needs()}. */
    final int[] needIndex;
    final long[] coverage;
    final int[] preferred;
    final int[] practitionerMunicipality;
    private final int[] practitionerOrganisation;
    private final boolean[] acceptsOwn;
    /** Sorted master indexes a practitioner may not be paired with (forbidden, or last year's pair), or null. */
    private final int[][] barred;

    /** Topics master m is strong on are slots topicStart[m] until topicStart[m + 1]. */
    final int[] topicStart;
    final int[] masterTopic;
    final long[] strengthPoints;
    final long[] categoryPoints;
    private final int[] formats;
    final int[] masterMunicipality;
    private final int[] masterOrganisation;
    private final boolean[] servesAll;

    ScoreTable(MatchingProblem problem) {
        this.rules = problem.rules();
        this.practitioners = problem.practitioners();
        this.masters = problem.masters();
        this.practitionerCount = practitioners.size();
        this.masterCount = masters.size();
        Map<UUID, Integer> topics = new HashMap<>();
        Map<UUID, Integer> municipalities = new HashMap<>();
        Map<UUID, Integer> organisations = new HashMap<>();

        needStart = new int[practitionerCount + 1];
        for (int p = 0; p < practitionerCount; p++) {
            int needs = 0;
            for (Need need : practitioners.get(p).needs()) {
                needs += need.level().isNeed() ? 1 : 0;
            }
            needStart[p + 1] = needStart[p] + needs;
        }
        needTopic = new int[needStart[practitionerCount]];
        needPoints = new long[needTopic.length];
        needIndex = new int[needTopic.length];
        coverage = new long[practitionerCount];
        preferred = new int[practitionerCount];
        practitionerMunicipality = new int[practitionerCount];
        practitionerOrganisation = new int[practitionerCount];
        acceptsOwn = new boolean[practitionerCount];
        for (int p = 0; p < practitionerCount; p++) {
            Practitioner practitioner = practitioners.get(p);
            int slot = needStart[p];
            List<Need> needs = practitioner.needs();
            for (int n = 0; n < needs.size(); n++) {
                Need need = needs.get(n);
                if (need.level().isNeed()) {
                    needTopic[slot] = topics.computeIfAbsent(need.topicId(), id -> topics.size());
                    needPoints[slot] = rules.depthWeight() * need.depth()
                            + (need.topicId().equals(practitioner.priorityTopicId()) ? rules.priorityBonus() : 0);
                    needIndex[slot] = n;
                    slot++;
                }
            }
            coverage[p] = rules.coverageBonus().getOrDefault(practitioner.organisationType(), 0L);
            preferred[p] = practitioner.preferredFormat() == null ? -1 : practitioner.preferredFormat().ordinal();
            practitionerMunicipality[p] = municipalities.computeIfAbsent(practitioner.municipalityId(),
                    id -> municipalities.size());
            practitionerOrganisation[p] = organisations.computeIfAbsent(practitioner.organisationId(),
                    id -> organisations.size());
            acceptsOwn[p] = practitioner.acceptsOwnOrganisation();
        }

        topicStart = new int[masterCount + 1];
        for (int m = 0; m < masterCount; m++) {
            int strong = 0;
            for (int strength : masters.get(m).strengths().values()) {
                strong += strength >= rules.masterStrengthFrom() ? 1 : 0;
            }
            topicStart[m + 1] = topicStart[m] + strong;
        }
        masterTopic = new int[topicStart[masterCount]];
        strengthPoints = new long[masterTopic.length];
        categoryPoints = new long[masterCount];
        formats = new int[masterCount];
        masterMunicipality = new int[masterCount];
        masterOrganisation = new int[masterCount];
        servesAll = new boolean[masterCount];
        for (int m = 0; m < masterCount; m++) {
            Master master = masters.get(m);
            int slot = topicStart[m];
            for (Map.Entry<UUID, Integer> strength : master.strengths().entrySet()) {
                if (strength.getValue() >= rules.masterStrengthFrom()) {
                    masterTopic[slot] = topics.computeIfAbsent(strength.getKey(), id -> topics.size());
                    strengthPoints[slot] = rules.strengthWeight() * strength.getValue();
                    slot++;
                }
            }
            categoryPoints[m] = rules.categoryWeight() * master.category();
            for (Format format : FORMATS) {
                formats[m] |= master.offers(format) ? 1 << format.ordinal() : 0;
            }
            masterMunicipality[m] = municipalities.computeIfAbsent(master.municipalityId(), id -> municipalities.size());
            masterOrganisation[m] = organisations.computeIfAbsent(master.organisationId(), id -> organisations.size());
            servesAll[m] = master.servedMunicipalities().isEmpty() && master.servedOrganisations().isEmpty();
        }
        topicCount = topics.size();
        municipalityCount = municipalities.size();
        barred = barred(problem);
    }

    private int[][] barred(MatchingProblem problem) {
        Set<PairKey> forbidden = problem.forbiddenPairs();
        Set<PairKey> lastYear = rules.allowRepeats() ? Set.of() : problem.lastYearPairs();
        int[][] lists = new int[practitionerCount][];
        if (forbidden.isEmpty() && lastYear.isEmpty()) {
            return lists;
        }
        // ids may repeat in a cohort: as with PairKey, every practitioner and master with the id is barred
        Map<UUID, List<Integer>> practitionerIndexes = new HashMap<>();
        for (int p = 0; p < practitionerCount; p++) {
            practitionerIndexes.computeIfAbsent(practitioners.get(p).id(), id -> new ArrayList<>()).add(p);
        }
        Map<UUID, List<Integer>> masterIndexes = new HashMap<>();
        for (int m = 0; m < masterCount; m++) {
            masterIndexes.computeIfAbsent(masters.get(m).id(), id -> new ArrayList<>()).add(m);
        }
        int[] sizes = new int[practitionerCount];
        for (Set<PairKey> pairs : List.of(forbidden, lastYear)) {
            for (PairKey pair : pairs) {
                for (int p : practitionerIndexes.getOrDefault(pair.practitionerId(), List.of())) {
                    for (int m : masterIndexes.getOrDefault(pair.masterId(), List.of())) {
                        if (lists[p] == null) {
                            lists[p] = new int[4];
                        } else if (sizes[p] == lists[p].length) {
                            lists[p] = Arrays.copyOf(lists[p], sizes[p] * 2);
                        }
                        lists[p][sizes[p]++] = m;
                    }
                }
            }
        }
        for (int p = 0; p < practitionerCount; p++) {
            if (lists[p] != null) {
                lists[p] = Arrays.copyOf(lists[p], sizes[p]);
                Arrays.sort(lists[p]);
            }
        }
        return lists;
    }

    boolean serves(int m, int p) {
        return servesAll[m] || masters.get(m).serves(practitioners.get(p));
    }

    boolean offers(int m, int format) {
        return (formats[m] & (1 << format)) != 0;
    }

    /** The pair's score on its best need; {@link #NO_PAIR} if the master is no candidate for the practitioner. */
    long score(int p, int m) {
        int need = bestNeed(p, m);
        if (need < 0) {
            return NO_PAIR;
        }
        return needPoints[need] + strengthPoints[strengthSlot(m, needTopic[need])] + pairPoints(p, m);
    }

    /**
     * The slot of the practitioner's need the pair is on: the one with the most topic points, the first on a
     * tie, as {@link PairScorer#bestNeed}; -1 if the master is no candidate for the practitioner.
     */
    int bestNeed(int p, int m) {
        if (!serves(m, p)) {
            return -1;
        }
        long best = NO_PAIR;
        int bestNeed = -1;
        for (int n = needStart[p]; n < needStart[p + 1]; n++) {
            int s = strengthSlot(m, needTopic[n]);
            if (s >= 0 && needPoints[n] + strengthPoints[s] > best) {
                best = needPoints[n] + strengthPoints[s];
                bestNeed = n;
            }
        }
        return bestNeed;
    }

    private int strengthSlot(int m, int topic) {
        for (int s = topicStart[m]; s < topicStart[m + 1]; s++) {
            if (masterTopic[s] == topic) {
                return s;
            }
        }
        return -1;
    }

    /** Points of the pair that do not depend on the topic: format, municipality, category, coverage, penalty. */
    long pairPoints(int p, int m) {
        long points = categoryPoints[m] + coverage[p];
        if (preferred[p] >= 0) {
            points += offers(m, preferred[p]) ? rules.formatBonus() : -rules.formatPenalty();
        }
        if (practitionerMunicipality[p] == masterMunicipality[m]) {
            points += rules.sameMunicipalityBonus();
        }
        if (practitionerOrganisation[p] == masterOrganisation[m] && rules.sameOrganisation() == SameOrganisation.PENALISED) {
            points -= rules.sameOrganisationPenalty();
        }
        return points;
    }

    /** {@link #ALLOWED}, {@link #PROHIBITED} or {@link #BELOW_MINIMUM}, in the order of {@link PairScorer#exclusion}. */
    int exclusion(int p, int m, long total) {
        if (barred[p] != null && Arrays.binarySearch(barred[p], m) >= 0) {
            return PROHIBITED;
        }
        if (practitionerOrganisation[p] == masterOrganisation[m]
                && (!acceptsOwn[p] || rules.sameOrganisation() == SameOrganisation.FORBIDDEN)) {
            return PROHIBITED;
        }
        return total < rules.minimumSuitability() ? BELOW_MINIMUM : ALLOWED;
    }

    /** An upper bound of the practitioner's points outside topic points, category, format and municipality. */
    long restBound(int p) {
        long bound = coverage[p];
        if (rules.sameOrganisation() == SameOrganisation.PENALISED) {
            bound += Math.max(0, -rules.sameOrganisationPenalty());
        }
        return bound;
    }

    /** An upper bound of the points outside topic points, category and municipality that any pair of p gets. */
    long otherPointsBound(int p) {
        return restBound(p) + (preferred[p] >= 0 ? Math.max(rules.formatBonus(), -rules.formatPenalty()) : 0);
    }

    /** The format points of the pair, 0 when the practitioner has no preference. */
    long formatPoints(int p, int m) {
        if (preferred[p] < 0) {
            return 0;
        }
        return offers(m, preferred[p]) ? rules.formatBonus() : -rules.formatPenalty();
    }

    long sameMunicipalityBonus() {
        return rules.sameMunicipalityBonus();
    }

    long formatBonus() {
        return rules.formatBonus();
    }

    long formatPenalty() {
        return rules.formatPenalty();
    }

    /** The greatest score any pair with the master can have: a potential for a master without places left. */
    long scoreBoundOfMaster(int m, long[] bestNeedPointsOnTopic, long bestOtherPoints) {
        long best = 0;
        for (int s = topicStart[m]; s < topicStart[m + 1]; s++) {
            best = Math.max(best, bestNeedPointsOnTopic[masterTopic[s]] + strengthPoints[s]);
        }
        return Math.max(0, best + categoryPoints[m] + bestOtherPoints + Math.max(0, rules.sameMunicipalityBonus()));
    }

    /** Per topic the greatest need points of any practitioner on it. */
    long[] bestNeedPointsOnTopic() {
        long[] best = new long[topicCount];
        Arrays.fill(best, Long.MIN_VALUE / 4);
        for (int n = 0; n < needTopic.length; n++) {
            best[needTopic[n]] = Math.max(best[needTopic[n]], needPoints[n]);
        }
        return best;
    }

    /** The greatest {@link #otherPointsBound} over all practitioners. */
    long bestOtherPoints() {
        long best = 0;
        for (int p = 0; p < practitionerCount; p++) {
            best = Math.max(best, otherPointsBound(p));
        }
        return best;
    }
}
