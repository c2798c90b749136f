package ru.masterskaya.practice.attention;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Which step of the ladder is due for a stall: the first as soon as the pair stalls, each next one
 * a whole interval after the previous step was sent, and nothing after the coordinators. One step
 * per round, so a missed night never sends two steps at once.
 */
public final class ReminderLadder {

    private ReminderLadder() {}

    /**
     * @param sent the steps already sent for this stall, with the day each went out
     */
    public static Optional<ReminderStep> due(LocalDate stalledSince, Map<ReminderStep, LocalDate> sent, int intervalDays, LocalDate today) {
        if (today.isBefore(stalledSince)) {
            return Optional.empty();
        }
        ReminderStep previous = null;
        for (ReminderStep step : ReminderStep.values()) {
            LocalDate sentOn = sent.get(step);
            if (sentOn == null) {
                if (previous == null || !today.isBefore(sent.get(previous).plusDays(intervalDays))) {
                    return Optional.of(step);
                }
                return Optional.empty();
            }
            previous = step;
        }
        return Optional.empty();
    }
}
