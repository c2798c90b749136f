package ru.masterskaya.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.registry.OrganisationRepository;
import ru.masterskaya.registry.Person;

/**
 * Loads the demo town, its self-diagnosis campaigns and the inputs of matching on start when demo data is enabled and the
 * registry holds no organisation yet, all in one transaction: a failure leaves the database empty,
 * and a registry with real data is never touched.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    static final String ACTOR = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoProperties properties;
    private final OrganisationRepository organisations;
    private final DemoTownRegistration registration;
    private final DemoAccounts accounts;
    private final DemoCampaigns campaigns;
    private final DemoMatching matching;
    private final DemoPractice practice;
    private final DemoDocuments documents;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoDataLoader(
            DemoProperties properties,
            OrganisationRepository organisations,
            DemoTownRegistration registration,
            DemoAccounts accounts,
            DemoCampaigns campaigns,
            DemoMatching matching,
            DemoPractice practice,
            DemoDocuments documents,
            TransactionTemplate transactions,
            Clock clock) {
        this.properties = properties;
        this.organisations = organisations;
        this.registration = registration;
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.matching = matching;
        this.practice = practice;
        this.documents = documents;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!properties.enabled()) {
            return;
        }
        long started = System.nanoTime();
        try {
            Boolean loaded = transactions.execute(status -> loadIntoEmptyRegistry());
            if (Boolean.TRUE.equals(loaded)) {
                log.info("Demo data loaded in {} ms (seed {}); sign in as one of {}, password in docs/demo-accounts.md",
                        (System.nanoTime() - started) / 1_000_000, properties.seed(),
                        Arrays.stream(DemoAccount.values()).map(DemoAccount::email).toList());
            }
        } catch (DataIntegrityViolationException concurrentLoad) {
            log.warn("Demo data not loaded: another node loaded it at the same time ({})", concurrentLoad.getMessage());
        }
    }

    private boolean loadIntoEmptyRegistry() {
        if (organisations.count() > 0) {
            log.debug("Demo data skipped: the registry already holds organisations");
            return false;
        }
        DemoTown town = DemoTownGenerator.generate(properties.seed(), LocalDate.now(clock).getYear());
        DemoTownRegistration.Registered registered = registration.register(town);
        Map<DemoAccount, Person> holders = registered.accountHolders();
        accounts.open(holders, registered.municipality());
        log.info("Demo town «{}»: {} organisations, {} people, {} accounts",
                town.municipalityName(), town.organisations().size(), town.people().size(), holders.size());
        DemoCampaigns.Loaded loaded = campaigns.load(
                properties.seed(), registered.municipality(), registered.staff(), holders.get(DemoAccount.PRACTITIONER),
                holders.get(DemoAccount.MASTER));
        log.info("Demo self-diagnosis: «{}» of {} finished by {} of {} invitees, «{}» open until {}",
                loaded.finished().getTitle(), loaded.finished().academicYear(), loaded.finishedCount(), loaded.invited(),
                loaded.open().getTitle(), loaded.open().getClosesOn());
        log.info("Personal self-diagnosis link of {}: {}", DemoAccount.PRACTITIONER.email(), loaded.practitionerLink());
        DemoMatching.Loaded matched = matching.load(properties.seed(), loaded.finished().academicYear(), registered.municipality(),
                holders.get(DemoAccount.MASTER), holders.get(DemoAccount.PRACTITIONER));
        log.info("Demo matching {}: {} masters' offers ({} confirmed), {} open practitioners' requests ({} with a priority)",
                matched.year().label(), matched.offers(), matched.confirmed(), matched.openRequests(), matched.prioritised());
        documents.loadTemplates(registered.municipality(), town.organisations().stream()
                .filter(organisation -> organisation.typeCode().equals("METHODICAL_CENTRE")).findFirst().orElseThrow().fullName());
        DemoPractice.Loaded practised = practice.load(properties.seed(), matched.year(), holders.get(DemoAccount.MASTER),
                holders.get(DemoAccount.PRACTITIONER));
        log.info("Demo practice {}: {} pairs, by state {}", matched.year().label(), practised.pairs(), practised.stories());
        log.info("Demo documents: {} issued, the others drafts waiting for the coordinator", documents.issueEarliest(matched.year()));
        return true;
    }
}
