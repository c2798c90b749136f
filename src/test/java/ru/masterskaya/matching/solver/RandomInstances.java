package ru.masterskaya.matching.solver;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntSupplier;
import ru.masterskaya.diagnostics.scoring.DeficitLevel;

/** Small seeded random instances with every rule varied, and locks that can be kept. */
final class RandomInstances {

    private RandomInstances() {}

    static MatchingProblem small(long seed) {
        Random random = new Random(seed);
        return generate(random, () -> random.nextInt(9), () -> 1 + random.nextInt(4), 4, 2, 3);
    }

    /** Like {@link #small} but with the given cohort size, 8 topics, 3 municipalities and 12 organisations. */
    static MatchingProblem medium(long seed, int practitionerCount, int masterCount) {
        return generate(new Random(seed), () -> practitionerCount, () -> masterCount, 8, 3, 12);
    }

    /**
     * The region's shape in miniature, as the benchmark generates it: every practitioner with 2–4 needs,
     * every master strong (81–100 %) on 2–4 topics with 1–3 places, so most practitioners stay unmatched;
     * default rules, some forbidden pairs and a lock or two.
     */
    static MatchingProblem tight(long seed, int practitionerCount, int masterCount, int topicCount) {
        Random random = new Random(seed);
        List<UUID> topics = ids(random, topicCount);
        List<UUID> municipalities = ids(random, 6);
        List<UUID> organisations = ids(random, 30);
        List<Practitioner> practitioners = new ArrayList<>();
        for (int i = 0; i < practitionerCount; i++) {
            List<Need> needs = new ArrayList<>();
            List<UUID> shuffled = new ArrayList<>(topics);
            java.util.Collections.shuffle(shuffled, random);
            for (UUID topic : shuffled.subList(0, 2 + random.nextInt(3))) {
                int percent = 10 + random.nextInt(71);
                needs.add(new Need(topic, percent, percent < 61 ? DeficitLevel.HIGH : DeficitLevel.MEDIUM));
            }
            UUID priority = random.nextBoolean() ? needs.get(random.nextInt(needs.size())).topicId() : null;
            Format format = random.nextInt(3) == 0 ? Format.values()[random.nextInt(3)] : null;
            practitioners.add(new Practitioner(id(random), pick(random, organisations), pick(random, municipalities),
                    random.nextInt(10) < 3 ? "PRESCHOOL" : "SCHOOL", needs, priority, format, random.nextInt(10) != 0));
        }
        List<Master> masters = new ArrayList<>();
        for (int i = 0; i < masterCount; i++) {
            Map<UUID, Integer> strengths = new HashMap<>();
            List<UUID> shuffled = new ArrayList<>(topics);
            java.util.Collections.shuffle(shuffled, random);
            for (UUID topic : shuffled.subList(0, 2 + random.nextInt(3))) {
                strengths.put(topic, 81 + random.nextInt(20));
            }
            masters.add(Master.of(id(random), pick(random, organisations), pick(random, municipalities), strengths,
                    random.nextInt(3), 1 + random.nextInt(3), EnumSet.of(Format.values()[random.nextInt(3)])));
        }
        Set<PairKey> forbidden = new HashSet<>();
        for (int i = 0; i < practitionerCount / 10; i++) {
            forbidden.add(new PairKey(pick(random, practitioners).id(), pick(random, masters).id()));
        }
        MatchingProblem problem = new MatchingProblem(practitioners, masters, MatchingRules.defaults(), Set.of(), Set.of(),
                forbidden);
        return problem.withLocked(keepableLocks(problem, random));
    }

    private static MatchingProblem generate(Random random, IntSupplier practitionerCount, IntSupplier masterCount, int topicCount,
            int municipalityCount, int organisationCount) {
        List<UUID> topics = ids(random, topicCount);
        List<UUID> municipalities = ids(random, municipalityCount);
        List<UUID> organisations = ids(random, organisationCount);
        List<Practitioner> practitioners = new ArrayList<>();
        for (int i = practitionerCount.getAsInt(); i > 0; i--) {
            List<Need> needs = new ArrayList<>();
            for (UUID topic : topics) {
                if (random.nextInt(2) == 0) {
                    int percent = 10 + random.nextInt(80);
                    needs.add(new Need(topic, percent, percent < 61 ? DeficitLevel.HIGH
                            : percent < 81 ? DeficitLevel.MEDIUM : DeficitLevel.MINIMAL));
                }
            }
            UUID priority = needs.isEmpty() || random.nextBoolean() ? null : needs.get(random.nextInt(needs.size())).topicId();
            Format format = random.nextBoolean() ? null : Format.values()[random.nextInt(3)];
            practitioners.add(new Practitioner(id(random), pick(random, organisations), pick(random, municipalities),
                    random.nextBoolean() ? "SCHOOL" : "PRESCHOOL", needs, priority, format, random.nextInt(5) != 0));
        }
        List<Master> masters = new ArrayList<>();
        for (int i = masterCount.getAsInt(); i > 0; i--) {
            Map<UUID, Integer> strengths = new HashMap<>();
            for (UUID topic : topics) {
                if (random.nextInt(2) == 0) {
                    strengths.put(topic, 70 + random.nextInt(31));
                }
            }
            Set<Format> formats = EnumSet.noneOf(Format.class);
            formats.add(Format.values()[random.nextInt(3)]);
            Set<UUID> served = random.nextInt(6) == 0 ? Set.of(pick(random, municipalities)) : Set.of();
            masters.add(new Master(id(random), pick(random, organisations), pick(random, municipalities), strengths,
                    random.nextInt(3), 1 + random.nextInt(3), formats, served, Set.of()));
        }
        MatchingRules rules = MatchingRules.defaults()
                .withMinimumSuitability(random.nextInt(9_000))
                .withSameOrganisation(random.nextBoolean() ? SameOrganisation.FORBIDDEN : SameOrganisation.PENALISED,
                        random.nextInt(5_000))
                .withRepeatsAllowed(random.nextBoolean())
                .withLoadCap(1 + random.nextInt(3))
                .withCoverageBonus(random.nextBoolean() ? Map.of("PRESCHOOL", (long) random.nextInt(4_000)) : Map.of());
        Set<PairKey> forbidden = new HashSet<>();
        Set<PairKey> lastYear = new HashSet<>();
        for (Practitioner practitioner : practitioners) {
            for (Master master : masters) {
                if (random.nextInt(8) == 0) {
                    forbidden.add(new PairKey(practitioner.id(), master.id()));
                } else if (random.nextInt(8) == 0) {
                    lastYear.add(new PairKey(practitioner.id(), master.id()));
                }
            }
        }
        MatchingProblem problem = new MatchingProblem(practitioners, masters, rules, lastYear, Set.of(), forbidden);
        return problem.withLocked(keepableLocks(problem, random));
    }

    /** Up to two locks on candidate pairs that are not forbidden and fit the masters' places. */
    private static Set<PairKey> keepableLocks(MatchingProblem problem, Random random) {
        PairScorer scorer = new PairScorer(problem);
        Set<PairKey> locks = new HashSet<>();
        Map<UUID, Integer> places = new HashMap<>();
        problem.masters().forEach(master -> places.put(master.id(), problem.rules().capacityOf(master)));
        for (Practitioner practitioner : problem.practitioners()) {
            if (locks.size() == 2 || random.nextInt(4) != 0) {
                continue;
            }
            for (Master master : problem.masters()) {
                PairKey key = new PairKey(practitioner.id(), master.id());
                if (scorer.score(practitioner, master) != null && !problem.forbiddenPairs().contains(key)
                        && places.get(master.id()) > 0) {
                    locks.add(key);
                    places.merge(master.id(), -1, Integer::sum);
                    break;
                }
            }
        }
        return locks;
    }

    private static List<UUID> ids(Random random, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(id(random));
        }
        return ids;
    }

    static UUID id(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
