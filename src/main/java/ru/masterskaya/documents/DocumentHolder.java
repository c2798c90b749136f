package ru.masterskaya.documents;

import java.util.UUID;
import ru.masterskaya.registry.FullName;
import ru.masterskaya.registry.Person;

/** Whom a document is issued to, as the registry knew them when it was drafted. */
public record DocumentHolder(UUID personId, FullName name, String email, UUID organisationId, String organisationName,
        UUID municipalityId, UUID regionId) {

    public static DocumentHolder of(Person person) {
        var organisation = person.getOrganisation();
        var municipality = organisation.getMunicipality();
        return new DocumentHolder(person.getId(), person.getFullName(), person.getEmail(), organisation.getId(),
                organisation.getShortName(), municipality.getId(), municipality.getRegion().getId());
    }
}
