package ru.masterskaya.demo;

import java.util.List;
import java.util.UUID;
import ru.masterskaya.registry.OrganisationParameters;

/** An organisation of the demo town; {@code domain} is the subdomain of its staff's e-mails. */
record DemoOrganisation(
        String typeCode, String shortName, String fullName, String address, String inn, String domain, List<DemoPerson> staff) {

    OrganisationParameters toParameters(UUID municipalityId) {
        return new OrganisationParameters(municipalityId, typeCode, shortName, fullName, address, inn);
    }
}
