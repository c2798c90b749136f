package ru.masterskaya.registry.account;

import java.util.UUID;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonId;

/** The person who would receive or lose a role, with the place they work at. */
public record GrantTarget(PersonId personId, UUID organisationId, UUID municipalityId, UUID regionId) {

    public static GrantTarget of(Person person) {
        var organisation = person.getOrganisation();
        var municipality = organisation.getMunicipality();
        return new GrantTarget(person.id(), organisation.getId(), municipality.getId(), municipality.getRegion().getId());
    }
}
