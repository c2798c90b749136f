package ru.masterskaya.diagnostics.formsimport;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One row of the preview, in plain values so the page needs no database. */
public record PreviewRow(
        int rowNumber, String email, @Nullable String fullName, @Nullable String organisation, int answered, int readyTopics,
        LocalDateTime submittedAt, boolean hasErrors) {}
