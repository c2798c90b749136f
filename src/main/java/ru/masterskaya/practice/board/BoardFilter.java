package ru.masterskaya.practice.board;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.practice.PairStatus;
import ru.masterskaya.practice.attention.PairHealth;

/**
 * What the board shows: pairs where either side works in the organisation or in an organisation of
 * the type, on the topic, with the master (chosen, or whose name contains the words typed), in the
 * status, of the health; {@code attention} keeps only pairs that need a check or have stalled.
 */
public record BoardFilter(
        @Nullable UUID organisationId,
        @Nullable String organisationType,
        @Nullable UUID topicId,
        @Nullable UUID masterId,
        @Nullable String masterName,
        @Nullable PairStatus status,
        @Nullable PairHealth health,
        boolean attention) {

    public static final BoardFilter NONE = new BoardFilter(null, null, null, null, null, null, null, false);
}
