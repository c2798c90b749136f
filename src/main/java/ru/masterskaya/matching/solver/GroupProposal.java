package ru.masterskaya.matching.solver;

import java.util.List;
import java.util.UUID;

/**
 * A proposed group event on a topic: the practitioners who need it and are not paired on it (of whom
 * {@code unmatched} got no master at all), the masters strong on it as possible hosts, strongest first,
 * and the suggested format.
 */
public record GroupProposal(UUID topicId, List<UUID> practitioners, int unmatched, List<UUID> hosts, GroupFormat format) {

    public GroupProposal {
        practitioners = List.copyOf(practitioners);
        hosts = List.copyOf(hosts);
    }
}
