package ru.masterskaya.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairSearchTest {

    private record Found(int master, long key) {}

    @Test
    void theSearchFindsExactlyThePairsWithTheGreatestKeysThatScoringEveryPairFinds() {
        int searches = 0;
        for (long seed = 1; seed <= 40; seed++) {
            MatchingProblem problem = seed % 2 == 0 ? RandomInstances.medium(seed, 60, 25)
                    : RandomInstances.tight(seed, 80, 30, 6);
            ScoreTable table = new ScoreTable(problem);
            PairSearch search = new PairSearch(table);
            Random random = new Random(seed);
            long[] v = new long[table.masterCount];
            for (int m = 0; m < v.length; m++) {
                v[m] = random.nextInt(3) == 0 ? 0 : random.nextInt(16_000);
            }
            search.refresh(v);
            for (int p = 0; p < table.practitionerCount; p++) {
                long up = random.nextBoolean() ? 0 : random.nextInt(6_000);
                int count = 1 + random.nextInt(6);
                long floor = random.nextBoolean() ? 0 : -random.nextInt(2_000);
                int[] known = {random.nextInt(table.masterCount)};
                List<Found> found = new ArrayList<>();
                search.best(p, up, v, count, floor, known, 0, 1, (m, key, score, need) -> found.add(new Found(m, key)));

                List<Found> all = new ArrayList<>();
                for (int m = 0; m < table.masterCount; m++) {
                    long score = table.score(p, m);
                    if (m != known[0] && score != ScoreTable.NO_PAIR && table.exclusion(p, m, score) == ScoreTable.ALLOWED
                            && score - up - v[m] > floor) {
                        all.add(new Found(m, score - up - v[m]));
                    }
                }
                all.sort(Comparator.comparingLong(Found::key).reversed());
                List<Long> expectedKeys = all.stream().limit(count).map(Found::key).toList();
                assertThat(found.stream().map(Found::key).sorted(Comparator.reverseOrder()).toList())
                        .as("seed %d, practitioner %d", seed, p).isEqualTo(expectedKeys);
                assertThat(found).as("seed %d, practitioner %d", seed, p).allMatch(all::contains);
                searches++;
            }
        }
        assertThat(searches).isGreaterThan(2_000);
    }

    @Test
    void aClosedMasterIsOfferedToNobodyUntilReopened() {
        MatchingProblem problem = RandomInstances.tight(7, 50, 20, 4);
        ScoreTable table = new ScoreTable(problem);
        PairSearch search = new PairSearch(table);
        List<Integer> before = new ArrayList<>();
        search.best(0, 0, null, 100, Long.MIN_VALUE / 4, (m, key, score, need) -> before.add(m));
        assertThat(before).isNotEmpty();

        search.close(before.getFirst());
        List<Integer> closed = new ArrayList<>();
        search.best(0, 0, null, 100, Long.MIN_VALUE / 4, (m, key, score, need) -> closed.add(m));
        search.reopen();
        List<Integer> reopened = new ArrayList<>();
        search.best(0, 0, null, 100, Long.MIN_VALUE / 4, (m, key, score, need) -> reopened.add(m));

        assertThat(closed).doesNotContain(before.getFirst()).hasSize(before.size() - 1);
        assertThat(reopened).containsExactlyInAnyOrderElementsOf(before);
    }
}
