package ru.masterskaya.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The practitioner's separate answer to publishing their review in the book of reviews (152-ФЗ):
 * yes or no, the exact text they answered, when and from which address.
 */
@Embeddable
public record PublicationConsent(
        @Column(name = "consent_given") boolean given,
        @Column(name = "consent_text") String text,
        @Column(name = "consent_at") Instant at,
        @Column(name = "consent_from") @Nullable String from) {}
