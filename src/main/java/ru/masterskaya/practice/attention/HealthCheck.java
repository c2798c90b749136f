package ru.masterskaya.practice.attention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The health rules: plain logic over a pair's facts, the territory's thresholds and today's date.
 * Pairs not under way (proposed, completed, declined, ended early) are always on track: there is
 * nothing to remind them of.
 */
public final class HealthCheck {

    private HealthCheck() {}

    public static HealthAssessment assess(PairFacts pair, HealthRules rules, LocalDate today) {
        if (!pair.stage().isUnderWay() || pair.agreedOn() == null) {
            return HealthAssessment.ON_TRACK;
        }
        List<HealthReason> reasons = new ArrayList<>();
        LocalDate stalledSince = null;
        if (pair.stage() == PairStage.PAUSED) {
            if (pair.pausedUntil() != null && today.isAfter(pair.pausedUntil())) {
                reasons.add(HealthReason.PAUSE_OVERDUE);
            }
            return result(reasons, null);
        }
        LocalDate start = later(pair.agreedOn(), pair.plannedStart());
        LocalDate firstMeetingDue = start.plusDays(rules.firstMeetingDays());
        if (pair.firstMeetingOn() == null && today.isAfter(firstMeetingDue)) {
            reasons.add(HealthReason.NO_FIRST_MEETING);
            stalledSince = firstMeetingDue.plusDays(1);
        }
        LocalDate quietFrom = later(start, pair.lastEntryOn());
        if (!today.isBefore(quietFrom.plusDays(rules.silentDays() + 1L))) {
            reasons.add(HealthReason.SILENT);
            stalledSince = earlier(stalledSince, quietFrom.plusDays(rules.silentDays() + 1L));
        } else if (!today.isBefore(quietFrom.plusDays(rules.quietDays() + 1L)) && !reasons.contains(HealthReason.NO_FIRST_MEETING)) {
            reasons.add(HealthReason.QUIET);
        }
        if (pair.plannedEnd() != null && today.isAfter(pair.plannedEnd())) {
            LocalDate longPast = pair.plannedEnd().plusDays(rules.overdueDays() + 1L);
            if (today.isBefore(longPast)) {
                reasons.add(HealthReason.PAST_PLANNED_END);
            } else {
                reasons.add(HealthReason.LONG_PAST_PLANNED_END);
                stalledSince = earlier(stalledSince, longPast);
            }
        }
        if (pair.lowCheckIn()) {
            reasons.add(HealthReason.LOW_CHECK_IN);
        }
        if (pair.helpRequested()) {
            reasons.add(HealthReason.HELP_REQUESTED);
        }
        return result(reasons, stalledSince);
    }

    private static HealthAssessment result(List<HealthReason> reasons, @Nullable LocalDate stalledSince) {
        PairHealth health = PairHealth.ON_TRACK;
        for (HealthReason reason : reasons) {
            health = health.worst(reason.health());
        }
        return reasons.isEmpty() ? HealthAssessment.ON_TRACK : new HealthAssessment(health, reasons, health == PairHealth.STALLED ? stalledSince : null);
    }

    private static LocalDate later(LocalDate date, @Nullable LocalDate other) {
        return other != null && other.isAfter(date) ? other : date;
    }

    private static @Nullable LocalDate earlier(@Nullable LocalDate date, LocalDate other) {
        return date == null || other.isBefore(date) ? other : date;
    }
}
