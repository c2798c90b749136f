package ru.masterskaya.registry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a user states about an organisation, already validated by the form or the import. */
public record OrganisationParameters(
        UUID municipalityId,
        String typeCode,
        String shortName,
        String fullName,
        @Nullable String address,
        @Nullable String inn) {}
