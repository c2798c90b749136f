package ru.masterskaya.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.MunicipalityRepository;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonManagement;
import ru.masterskaya.registry.Region;
import ru.masterskaya.registry.RegionRepository;
import ru.masterskaya.registry.RegistryScope;

/**
 * Registers the demo town through the registry's services, as an administrator would by hand,
 * so the registry's rules and the audit log apply to demo data as to any other.
 */
@Component
class DemoTownRegistration {

    /** The municipality created, everyone registered and the people who hold the demo accounts. */
    record Registered(Municipality municipality, List<Member> staff, Map<DemoAccount, Person> accountHolders) {}

    /** A registered person with what the demo planned for them and the type of their organisation. */
    record Member(DemoPerson planned, Person person, String organisationType) {}

    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;
    private final OrganisationManagement organisations;
    private final PersonManagement people;

    DemoTownRegistration(
            RegionRepository regions,
            MunicipalityRepository municipalities,
            OrganisationManagement organisations,
            PersonManagement people) {
        this.regions = regions;
        this.municipalities = municipalities;
        this.organisations = organisations;
        this.people = people;
    }

    Registered register(DemoTown town) {
        Region region = regions.findByName(town.regionName()).orElseGet(() -> regions.save(new Region(town.regionName())));
        Municipality municipality = municipalities.findByRegionAndName(region, town.municipalityName())
                .orElseGet(() -> municipalities.save(new Municipality(region, town.municipalityName())));
        Map<DemoAccount, Person> holders = new EnumMap<>(DemoAccount.class);
        List<Member> staff = new ArrayList<>();
        for (DemoOrganisation planned : town.organisations()) {
            Organisation organisation = organisations.register(
                    planned.toParameters(municipality.getId()), RegistryScope.EVERYTHING, DemoDataLoader.ACTOR);
            for (DemoPerson member : planned.staff()) {
                Person person = people.register(
                        member.toParameters(organisation.getId()), RegistryScope.EVERYTHING, DemoDataLoader.ACTOR);
                staff.add(new Member(member, person, planned.typeCode()));
                if (member.account() != null) {
                    holders.put(member.account(), person);
                }
            }
        }
        return new Registered(municipality, List.copyOf(staff), holders);
    }
}
