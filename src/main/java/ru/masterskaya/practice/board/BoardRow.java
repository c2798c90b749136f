package ru.masterskaya.practice.board;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.practice.PairStatus;
import ru.masterskaya.practice.attention.HealthReason;
import ru.masterskaya.practice.attention.PairHealth;

/** One pair on the board, with the names of its sides, their organisations and the topic. */
public record BoardRow(
        UUID pairId,
        PairStatus status,
        @Nullable PairHealth health,
        List<HealthReason> reasons,
        UUID masterId,
        String masterName,
        String masterOrganisation,
        UUID practitionerId,
        String practitionerName,
        String practitionerOrganisation,
        String topic,
        @Nullable LocalDate plannedEnd,
        @Nullable LocalDate lastEntryOn,
        int entryCount) {

    public BoardRow {
        reasons = List.copyOf(reasons);
    }
}
