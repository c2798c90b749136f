package ru.masterskaya.practice;

import org.jspecify.annotations.Nullable;

/**
 * The practitioner's confirmation: the review, and separately the answer to publishing it with the
 * exact wording they saw and the address they answered from.
 */
public record CompletionParameters(String review, boolean consentGiven, String consentText, @Nullable String clientAddress) {}
