package ru.masterskaya.matching.run;

import java.util.UUID;

/** What run pages, files and e-mails show of a person, read while the transaction is open. */
public record PersonCard(UUID id, String name, String firstNames, String email, UUID organisationId, String organisationName,
        String organisationTypeCode, String organisationTypeName) {}
