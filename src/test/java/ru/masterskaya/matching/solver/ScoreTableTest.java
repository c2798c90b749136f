package ru.masterskaya.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreTableTest {

    @Test
    void theCompactTableScoresAndExcludesEveryPairExactlyAsThePairScorerDoes() {
        int pairsCompared = 0;
        for (long seed = 1; seed <= 60; seed++) {
            MatchingProblem problem = seed % 3 == 0 ? RandomInstances.small(seed) : RandomInstances.medium(seed, 40, 15);
            PairScorer scorer = new PairScorer(problem);
            ScoreTable table = new ScoreTable(problem);
            for (int p = 0; p < problem.practitioners().size(); p++) {
                Practitioner practitioner = problem.practitioners().get(p);
                for (int m = 0; m < problem.masters().size(); m++) {
                    Master master = problem.masters().get(m);
                    PairScore expected = scorer.score(practitioner, master);
                    long score = table.score(p, m);
                    if (expected == null) {
                        assertThat(score).as("seed %d, pair %d–%d", seed, p, m).isEqualTo(ScoreTable.NO_PAIR);
                        continue;
                    }
                    assertThat(score).as("seed %d, pair %d–%d", seed, p, m).isEqualTo(expected.total());
                    assertThat(practitioner.needs().get(table.needIndex[table.bestNeed(p, m)]).topicId())
                            .isEqualTo(expected.topicId());
                    Exclusion exclusion = scorer.exclusion(practitioner, master, expected.total());
                    int kind = exclusion == null ? ScoreTable.ALLOWED
                            : exclusion.isProhibition() ? ScoreTable.PROHIBITED : ScoreTable.BELOW_MINIMUM;
                    assertThat(table.exclusion(p, m, score)).as("seed %d, pair %d–%d", seed, p, m).isEqualTo(kind);
                    pairsCompared++;
                }
            }
        }
        assertThat(pairsCompared).isGreaterThan(5_000);
    }
}
