package ru.masterskaya.practice.attention;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the health rules look at of one pair, read from the practice tables in bulk.
 *
 * @param firstMeetingOn the date of the first meeting in the journal, if any
 * @param lastEntryOn the date of the latest journal entry of any kind, if any
 * @param lowestCheckIn the lowest answer to «как идёт работа» at the latest check-in, if any
 * @param helpRequested whether a side asked the coordinator for help at the latest check-in
 */
public record PairFacts(
        UUID pairId,
        PairStage stage,
        @Nullable LocalDate agreedOn,
        @Nullable LocalDate plannedStart,
        @Nullable LocalDate plannedEnd,
        @Nullable LocalDate firstMeetingOn,
        @Nullable LocalDate lastEntryOn,
        @Nullable LocalDate pausedUntil,
        @Nullable Integer lowestCheckIn,
        boolean helpRequested) {}
