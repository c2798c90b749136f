package ru.masterskaya.matching.run;

import java.util.List;
import java.util.UUID;
import ru.masterskaya.matching.solver.GroupFormat;

/** A group event a run proposes on a topic: its format, the practitioners, and the masters who could host it. */
public record StoredGroup(UUID topicId, GroupFormat format, int unmatched, List<UUID> practitioners, List<UUID> hosts) {

    public StoredGroup {
        practitioners = List.copyOf(practitioners);
        hosts = List.copyOf(hosts);
    }
}
