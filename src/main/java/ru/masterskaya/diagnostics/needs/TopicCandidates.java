package ru.masterskaya.diagnostics.needs;

import java.util.List;
import java.util.UUID;
import ru.masterskaya.diagnostics.TopicBlock;

/** The master candidates of one topic, best percent first. */
public record TopicCandidates(UUID topicId, String topicName, TopicBlock block, List<MasterCandidate> candidates) {}
