package ru.masterskaya.practice.attention;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the health rules look at of one pair, read from the practice tables in bulk.
 *
 * @param firstMeetingOn the date of the first meeting in the journal, if any
 * @param lastEntryOn the date of the latest journal entry of any kind, if any
 * @param lowCheckIn whether the pair's attention flag is raised by a low answer to «как идёт работа»
 *                   that the coordinator has not yet acknowledged
 * @param helpRequested whether the flag is raised by a side asking the coordinator for help
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
        boolean lowCheckIn,
        boolean helpRequested) {}
