package ru.masterskaya.practice.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.masterskaya.practice.attention.HealthReason.HELP_REQUESTED;
import static ru.masterskaya.practice.attention.HealthReason.LONG_PAST_PLANNED_END;
import static ru.masterskaya.practice.attention.HealthReason.LOW_CHECK_IN;
import static ru.masterskaya.practice.attention.HealthReason.NO_FIRST_MEETING;
import static ru.masterskaya.practice.attention.HealthReason.PAST_PLANNED_END;
import static ru.masterskaya.practice.attention.HealthReason.PAUSE_OVERDUE;
import static ru.masterskaya.practice.attention.HealthReason.QUIET;
import static ru.masterskaya.practice.attention.HealthReason.SILENT;
import static ru.masterskaya.practice.attention.PairHealth.NEEDS_CHECK;
import static ru.masterskaya.practice.attention.PairHealth.ON_TRACK;
import static ru.masterskaya.practice.attention.PairHealth.STALLED;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The health rules on a table of pairs, each judged on a day of a controllable calendar. */
class HealthCheckTest {

    static final LocalDate AGREED = LocalDate.of(2025, 9, 15);

    static Stream<Arguments> pairs() {
        return Stream.of(
                row("agreed today", pair(PairStage.AGREED), 0, ON_TRACK, List.of(), null),
                row("no meeting yet, day 14: still within the rule", pair(PairStage.AGREED), 14, ON_TRACK, List.of(), null),
                row("no meeting by day 15", pair(PairStage.AGREED), 15, STALLED, List.of(NO_FIRST_MEETING), 15),
                row("no meeting, a planned start later than the agreement moves the deadline",
                        pair(PairStage.AGREED).plannedStart(AGREED.plusDays(10)), 20, ON_TRACK, List.of(), null),
                row("met on day 3, last entry day 10, day 24: quiet 14 days", active(3, 10), 24, ON_TRACK, List.of(), null),
                row("met on day 3, last entry day 10, day 25: quiet for 15 days", active(3, 10), 25, NEEDS_CHECK, List.of(QUIET), null),
                row("last entry day 10, day 31: silent 21 days, not yet stalled", active(3, 10), 31, NEEDS_CHECK, List.of(QUIET), null),
                row("last entry day 10, day 32: silent 22 days", active(3, 10), 32, STALLED, List.of(SILENT), 32),
                row("no meeting and silent since the agreement", pair(PairStage.AGREED), 40, STALLED, List.of(NO_FIRST_MEETING, SILENT), 15),
                row("planned end passed yesterday, otherwise fine",
                        active(3, 60).plannedEnd(AGREED.plusDays(61)), 62, NEEDS_CHECK, List.of(PAST_PLANNED_END), null),
                row("planned end long passed",
                        active(3, 90).plannedEnd(AGREED.plusDays(61)), 92, STALLED, List.of(LONG_PAST_PLANNED_END), 92),
                row("a low check-in", active(3, 10).checkIn(true, false), 12, NEEDS_CHECK, List.of(LOW_CHECK_IN), null),
                row("a good check-in", active(3, 10).checkIn(false, false), 12, ON_TRACK, List.of(), null),
                row("help requested", active(3, 10).checkIn(false, true), 12, NEEDS_CHECK, List.of(HELP_REQUESTED), null),
                row("paused until day 40, day 30", pair(PairStage.PAUSED).pausedUntil(AGREED.plusDays(40)), 30, ON_TRACK, List.of(), null),
                row("paused until day 40, day 41", pair(PairStage.PAUSED).pausedUntil(AGREED.plusDays(40)), 41, NEEDS_CHECK, List.of(PAUSE_OVERDUE), null),
                row("completed pairs are never reminded", pair(PairStage.COMPLETED), 200, ON_TRACK, List.of(), null),
                row("ended early", pair(PairStage.ENDED_EARLY), 200, ON_TRACK, List.of(), null),
                row("declined", pair(PairStage.DECLINED), 200, ON_TRACK, List.of(), null),
                row("proposed, not agreed", new Facts(PairStage.PROPOSED, null), 200, ON_TRACK, List.of(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void aPairIsJudgedByTheRules(String situation, Facts facts, int day, PairHealth health, List<HealthReason> reasons,
            @Nullable Integer stalledSinceDay) {
        HealthAssessment assessment = HealthCheck.assess(facts.build(), HealthRules.DEFAULTS, AGREED.plusDays(day));

        assertThat(assessment.health()).isEqualTo(health);
        assertThat(assessment.reasons()).containsExactlyElementsOf(reasons);
        assertThat(assessment.stalledSince()).isEqualTo(stalledSinceDay == null ? null : AGREED.plusDays(stalledSinceDay));
    }

    @Test
    void aTerritoryWithStricterRulesCatchesAPairEarlier() {
        HealthRules strict = new HealthRules(7, 7, 10, 0);
        PairFacts facts = active(2, 5).checkIn(true, false).build();

        HealthAssessment assessment = HealthCheck.assess(facts, strict, AGREED.plusDays(16));

        assertThat(assessment.health()).isEqualTo(STALLED);
        assertThat(assessment.reasons()).containsExactly(SILENT, LOW_CHECK_IN);
        assertThat(assessment.stalledSince()).isEqualTo(AGREED.plusDays(16));
        assertThat(HealthCheck.assess(facts, HealthRules.DEFAULTS, AGREED.plusDays(16)).health()).isEqualTo(NEEDS_CHECK);
    }

    @Test
    void rulesThatContradictThemselvesAreRefused() {
        assertThatThrownBy(() -> new HealthRules(14, 30, 21, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthRules(0, 14, 21, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthRules(14, 14, 400, 30)).isInstanceOf(IllegalArgumentException.class);
    }

    static Arguments row(String situation, Facts facts, int day, PairHealth health, List<HealthReason> reasons, @Nullable Integer since) {
        return Arguments.of(situation, facts, day, health, reasons, since);
    }

    static Facts pair(PairStage stage) {
        return new Facts(stage, AGREED);
    }

    static Facts active(int firstMeetingDay, int lastEntryDay) {
        Facts facts = new Facts(PairStage.ACTIVE, AGREED);
        facts.firstMeetingOn = AGREED.plusDays(firstMeetingDay);
        facts.lastEntryOn = AGREED.plusDays(lastEntryDay);
        return facts;
    }

    /** A pair's facts, built up one rule at a time. */
    static final class Facts {
        final PairStage stage;
        final @Nullable LocalDate agreedOn;
        @Nullable LocalDate plannedStart;
        @Nullable LocalDate plannedEnd;
        @Nullable LocalDate firstMeetingOn;
        @Nullable LocalDate lastEntryOn;
        @Nullable LocalDate pausedUntil;
        boolean lowCheckIn;
        boolean help;

        Facts(PairStage stage, @Nullable LocalDate agreedOn) {
            this.stage = stage;
            this.agreedOn = agreedOn;
        }

        Facts plannedStart(LocalDate date) {
            plannedStart = date;
            return this;
        }

        Facts plannedEnd(LocalDate date) {
            plannedEnd = date;
            return this;
        }

        Facts pausedUntil(LocalDate date) {
            pausedUntil = date;
            return this;
        }

        Facts checkIn(boolean low, boolean helpRequested) {
            lowCheckIn = low;
            help = helpRequested;
            return this;
        }

        PairFacts build() {
            return new PairFacts(UUID.randomUUID(), stage, agreedOn, plannedStart, plannedEnd, firstMeetingOn, lastEntryOn,
                    pausedUntil, lowCheckIn, help);
        }

        @Override
        public String toString() {
            return stage.name();
        }
    }
}
