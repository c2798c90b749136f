package ru.masterskaya.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.OrganisationRepository;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryFixtures;

/** The loader on PostgreSQL, where demo data is off unless asked; the H2 start test covers a first load. */
@MasterskayaIntegrationTest
class DemoDataLoaderIntegrationTest {

    @Autowired
    RegistryFixtures registry;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    PersonRepository people;

    @Autowired
    DemoTownRegistration registration;

    @Autowired
    DemoAccounts accounts;

    @Autowired
    DemoCampaigns campaigns;

    @Autowired
    DemoMatching matching;

    @Autowired
    DemoPractice practice;

    @Autowired
    DemoDocuments documents;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Test
    void leavesARegistryThatAlreadyHoldsOrganisationsAlone() {
        registry.teacher(registry.school(registry.municipality()), "Настоящая", "Нина");
        long organisationsBefore = organisations.count();
        long peopleBefore = people.count();

        enabledLoader().run(new DefaultApplicationArguments());

        assertThat(organisations.count()).isEqualTo(organisationsBefore);
        assertThat(people.count()).isEqualTo(peopleBefore);
    }

    @Test
    void isOffInTheTestProfile() {
        assertThat(people.findByEmail(DemoAccount.COORDINATOR.email())).isEmpty();
    }

    private DemoDataLoader enabledLoader() {
        return new DemoDataLoader(new DemoProperties(true, 2025), organisations, registration, accounts, campaigns, matching, practice,
                documents, transactions, clock);
    }
}
