package ru.masterskaya.practice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The practitioner's review and, as a separate question with no answer chosen in advance, whether
 * it may be published in the book of reviews (152-ФЗ).
 */
class CompletionFormData {

    @NotBlank(message = "{completionForm.review.required}")
    @Size(max = 4000, message = "{completionForm.review.size}")
    private @Nullable String review;

    @NotNull(message = "{completionForm.consent.required}")
    private @Nullable Boolean consent;

    public @Nullable String getReview() { return review; }
    public void setReview(@Nullable String review) { this.review = review; }
    public @Nullable Boolean getConsent() { return consent; }
    public void setConsent(@Nullable Boolean consent) { this.consent = consent; }
}
