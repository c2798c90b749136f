package ru.masterskaya.practice;

import org.jspecify.annotations.Nullable;

/** A side's answer to the midpoint check-in. */
public record CheckInParameters(int progress, boolean needsHelp, @Nullable String comment) {}
