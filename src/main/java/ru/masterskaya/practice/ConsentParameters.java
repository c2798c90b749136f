package ru.masterskaya.practice;

import org.jspecify.annotations.Nullable;

/** A later answer to publishing the review, with its exact wording and the address it came from. */
public record ConsentParameters(boolean given, String text, @Nullable String clientAddress) {}
