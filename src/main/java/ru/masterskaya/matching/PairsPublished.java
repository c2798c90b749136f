package ru.masterskaya.matching;

import java.util.List;
import java.util.UUID;
import ru.masterskaya.calendar.AcademicYear;

/**
 * A coordinator published pairs of a matching run: from now on each practitioner works with their
 * master on the topic. Only the pairs new in this publication are carried: a pair published by an
 * earlier run of the year is never announced again. Other modules (events, reports) react to it.
 */
public record PairsPublished(UUID runId, AcademicYear academicYear, List<Pair> pairs) {

    public PairsPublished {
        pairs = List.copyOf(pairs);
    }

    /** One published pair. */
    public record Pair(UUID practitionerId, UUID masterId, UUID topicId) {}
}
