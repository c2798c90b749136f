package ru.masterskaya.diagnostics.scoring;

import java.util.UUID;
import ru.masterskaya.diagnostics.TopicBlock;

/** A topic as a version scores it: its block and the most its items can earn together. */
public record SheetTopic(UUID topicId, String name, TopicBlock block, int maxScore) {}
