package ru.masterskaya.matching.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns demand that pairs do not carry into group events. A topic gets a proposal when at least
 * {@link MatchingRules#groupThreshold()} practitioners need it without being paired on it, or when it is
 * the priority of a practitioner left without a master (so nobody unmatched is left with nothing).
 */
final class GroupProposals {

    private final MatchingProblem problem;
    GroupProposals(MatchingProblem problem) {
        this.problem = problem;
    }

    List<GroupProposal> propose(List<PairScore> pairs, Set<UUID> unmatched) {
        Map<UUID, UUID> pairedTopic = new HashMap<>();
        for (PairScore pair : pairs) {
            pairedTopic.put(pair.practitionerId(), pair.topicId());
        }
        Map<UUID, Set<UUID>> sharing = new LinkedHashMap<>();
        Map<UUID, Integer> unmatchedOnTopic = new HashMap<>();
        Set<UUID> priorityOfUnmatched = new HashSet<>();
        for (Practitioner practitioner : problem.practitioners()) {
            boolean left = unmatched.contains(practitioner.id());
            for (Need need : practitioner.needs()) {
                if (!need.level().isNeed() || need.topicId().equals(pairedTopic.get(practitioner.id()))) {
                    continue;
                }
                Set<UUID> participants = sharing.computeIfAbsent(need.topicId(), topic -> new LinkedHashSet<>());
                if (participants.add(practitioner.id())) {
                    if (left) {
                        unmatchedOnTopic.merge(need.topicId(), 1, Integer::sum);
                    }
                }
            }
            if (left && practitioner.priorityTopicId() != null) {
                priorityOfUnmatched.add(practitioner.priorityTopicId());
            }
        }
        List<GroupProposal> proposals = new ArrayList<>();
        for (Map.Entry<UUID, Set<UUID>> topic : sharing.entrySet()) {
            List<UUID> participants = List.copyOf(topic.getValue());
            if (participants.size() >= problem.rules().groupThreshold() || priorityOfUnmatched.contains(topic.getKey())) {
                proposals.add(new GroupProposal(topic.getKey(), participants,
                        unmatchedOnTopic.getOrDefault(topic.getKey(), 0), hosts(topic.getKey()),
                        GroupFormat.forGroupOf(participants.size())));
            }
        }
        proposals.sort(Comparator.comparingInt((GroupProposal proposal) -> proposal.practitioners().size()).reversed());
        return proposals;
    }

    private List<UUID> hosts(UUID topicId) {
        return problem.masters().stream()
                .filter(master -> master.strengthOn(topicId) >= problem.rules().masterStrengthFrom())
                .sorted(Comparator.comparingInt((Master master) -> master.strengthOn(topicId)).reversed())
                .map(Master::id)
                .toList();
    }
}
