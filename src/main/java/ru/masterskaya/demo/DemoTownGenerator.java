package ru.masterskaya.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import ru.masterskaya.demo.TownPlan.PlannedOrganisation;

/**
 * Generates the demo town from a seed: the same seed and year always give the same organisations
 * and people. The year only turns the drawn ages and years of experience into calendar years.
 */
final class DemoTownGenerator {

    private DemoTownGenerator() {}

    static DemoTown generate(long seed, int year) {
        Random random = new Random(seed);
        List<PlannedOrganisation> planned = TownPlan.organisations(random);
        List<List<DemoPerson>> staff = new StaffGenerator(random, year).staff(planned);
        List<DemoOrganisation> organisations = new ArrayList<>();
        for (int index = 0; index < planned.size(); index++) {
            PlannedOrganisation organisation = planned.get(index);
            organisations.add(new DemoOrganisation(
                    organisation.typeCode(), organisation.shortName(), organisation.fullName(), organisation.address(),
                    organisation.inn(), organisation.domain(), List.copyOf(staff.get(index))));
        }
        return new DemoTown(TownPlan.REGION, TownPlan.MUNICIPALITY, List.copyOf(organisations));
    }
}
