package ru.masterskaya.matching.solver;

import java.util.UUID;
import ru.masterskaya.diagnostics.scoring.DeficitLevel;

/**
 * A practitioner's need on one topic, as the self-diagnosis gave it: {@code percent} is the result in
 * percent of the maximum (as in the profile), so the deficit is deeper the lower it is.
 */
public record Need(UUID topicId, int percent, DeficitLevel level) {

    /** Depth of the deficit in percent points: 100 minus the result. */
    public int depth() {
        return 100 - Math.clamp(percent, 0, 100);
    }
}
