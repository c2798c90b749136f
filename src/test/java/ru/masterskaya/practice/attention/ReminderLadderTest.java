package ru.masterskaya.practice.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The escalation ladder on a table of days since a pair stalled, with a seven-day interval. */
class ReminderLadderTest {

    static final LocalDate STALLED = LocalDate.of(2025, 10, 20);

    static Stream<Arguments> days() {
        return Stream.of(
                Arguments.of("the day before the stall", -1, null, null, null),
                Arguments.of("the day it stalls: the pair", 0, null, null, ReminderStep.PAIR),
                Arguments.of("a night was missed: still the pair first", 10, null, null, ReminderStep.PAIR),
                Arguments.of("pair reminded, six days later", 6, 0, null, null),
                Arguments.of("pair reminded, seven days later: the master", 7, 0, null, ReminderStep.MASTER),
                Arguments.of("pair reminded late, the interval counts from then", 10, 5, null, null),
                Arguments.of("master reminded, an interval later: the coordinators", 14, 0, 7, ReminderStep.COORDINATORS),
                Arguments.of("master reminded, not yet an interval", 13, 0, 7, null),
                Arguments.of("the pair again on the same day: nothing", 0, 0, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void theLadderClimbsOneStepPerInterval(String situation, int day, @Nullable Integer pairSentDay, @Nullable Integer masterSentDay,
            @Nullable ReminderStep expected) {
        Map<ReminderStep, LocalDate> sent = new EnumMap<>(ReminderStep.class);
        if (pairSentDay != null) {
            sent.put(ReminderStep.PAIR, STALLED.plusDays(pairSentDay));
        }
        if (masterSentDay != null) {
            sent.put(ReminderStep.MASTER, STALLED.plusDays(masterSentDay));
        }

        assertThat(ReminderLadder.due(STALLED, sent, 7, STALLED.plusDays(day))).isEqualTo(Optional.ofNullable(expected));
    }

    @org.junit.jupiter.api.Test
    void afterTheCoordinatorsTheLadderEnds() {
        Map<ReminderStep, LocalDate> sent = new EnumMap<>(Map.of(ReminderStep.PAIR, STALLED, ReminderStep.MASTER, STALLED.plusDays(7),
                ReminderStep.COORDINATORS, STALLED.plusDays(14)));

        assertThat(ReminderLadder.due(STALLED, sent, 7, STALLED.plusDays(60))).isEmpty();
    }
}
