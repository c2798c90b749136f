package ru.masterskaya.registry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a user states about a person, already validated by the form or the import. */
public record PersonParameters(
        UUID organisationId,
        String lastName,
        String firstName,
        @Nullable String middleName,
        String email,
        @Nullable String phone,
        String position,
        @Nullable String subjects,
        QualificationCategory category,
        @Nullable Integer experienceSinceYear,
        @Nullable Integer birthYear,
        boolean active) {}
