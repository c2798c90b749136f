package ru.masterskaya.practice;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A practitioner gave or withdrew their consent to publish the review of a completed practice; the
 * next edition of the book of reviews follows it.
 */
public record ReviewPublicationConsentChanged(UUID pairId, UUID practitionerId, boolean consented,
        @Nullable String consentText, Instant at, @Nullable String from) {}
