package ru.masterskaya.diagnostics;

import org.jspecify.annotations.Nullable;

/** What a coordinator says about a topic. */
public record TopicParameters(TopicBlock block, String name, @Nullable String description) {}
