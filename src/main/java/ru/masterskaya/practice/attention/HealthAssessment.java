package ru.masterskaya.practice.attention;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The health of a pair on a day and the rules that decided it.
 *
 * @param stalledSince the day the pair stalled by the rule that fired first, if it has stalled; the
 *                     reminder ladder counts its intervals from this day
 */
public record HealthAssessment(PairHealth health, List<HealthReason> reasons, @Nullable LocalDate stalledSince) {

    public static final HealthAssessment ON_TRACK = new HealthAssessment(PairHealth.ON_TRACK, List.of(), null);

    public HealthAssessment {
        reasons = List.copyOf(reasons);
    }
}
