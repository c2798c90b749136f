package ru.masterskaya.matching.solver;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outcome of a run: the pairs (locked ones marked), their total score, the unmatched with reasons,
 * locks that could not be kept, group proposals, and the certificate that the free pairs are optimal.
 */
public record MatchingResult(
        List<PairScore> pairs,
        long totalScore,
        Map<UUID, UnmatchedReason> unmatched,
        Map<PairKey, LockRejection> rejectedLocks,
        List<GroupProposal> groupProposals,
        Certificate certificate,
        int candidatePairs) {

    public MatchingResult {
        pairs = List.copyOf(pairs);
        unmatched = Map.copyOf(unmatched);
        rejectedLocks = Map.copyOf(rejectedLocks);
        groupProposals = List.copyOf(groupProposals);
    }
}
