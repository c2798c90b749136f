package ru.masterskaya.registry;

import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.registry.account.Account;
import ru.masterskaya.registry.account.AccountRepository;

/**
 * Object Mother for the registry: creates territories, organisations, people and accounts through
 * the real services and repositories, each with unique names so tests do not disturb each other.
 */
@TestComponent
public class RegistryFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;
    private final OrganisationManagement organisations;
    private final PersonManagement people;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;

    RegistryFixtures(
            RegionRepository regions,
            MunicipalityRepository municipalities,
            OrganisationManagement organisations,
            PersonManagement people,
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transactions) {
        this.regions = regions;
        this.municipalities = municipalities;
        this.organisations = organisations;
        this.people = people;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
    }

    public static int unique() {
        return SEQUENCE.incrementAndGet();
    }

    public Region region() {
        return regions.save(new Region("Область " + UUID.randomUUID()));
    }

    public Municipality municipality() {
        return municipality(region());
    }

    public Municipality municipality(Region region) {
        return municipalities.save(new Municipality(region, "Городской округ " + UUID.randomUUID().toString().substring(0, 8)));
    }

    public Organisation school(Municipality municipality) {
        return organisation(municipality, "SCHOOL", "МБОУ СОШ № " + unique());
    }

    public Organisation kindergarten(Municipality municipality) {
        return organisation(municipality, "PRESCHOOL", "МБДОУ д/с № " + unique());
    }

    public Organisation organisation(Municipality municipality, String typeCode, String shortName) {
        return organisations.register(
                new OrganisationParameters(municipality.getId(), typeCode, shortName, shortName + " (полное наименование)", null, null),
                RegistryScope.EVERYTHING,
                "test");
    }

    public Person teacher(Organisation organisation, String lastName, String firstName) {
        return person(organisation, lastName, firstName, "учитель", QualificationCategory.FIRST);
    }

    public Person person(Organisation organisation, String lastName, String firstName, String position, QualificationCategory category) {
        return people.register(
                new PersonParameters(
                        organisation.getId(), lastName, firstName, "Петрович", "p" + unique() + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.ru",
                        null, position, null, category, 2010, 1985, true),
                RegistryScope.EVERYTHING,
                "test");
    }

    /** An account with a password and the given roles, as the signed-in user MockMvc can act as. */
    public CurrentUser user(Person person, String password, ScopedRole... roles) {
        return transactions.execute(status -> {
            Person attached = people.own(person.id());
            Account account = new Account(attached, java.time.Instant.now());
            account.setPasswordHash(passwordEncoder.encode(password));
            Arrays.stream(roles).forEach(account::grant);
            accounts.save(account);
            return account.toCurrentUser();
        });
    }

    public CurrentUser administrator(Organisation organisation) {
        return user(teacher(organisation, "Админов", "Алексей"), "secret-password", ScopedRole.unscoped(Role.ADMINISTRATOR));
    }

    public CurrentUser coordinatorOf(Municipality municipality, Organisation workplace) {
        return user(person(workplace, "Методистова", "Мария", "методист", QualificationCategory.HIGHEST), "secret-password",
                ScopedRole.inMunicipality(Role.COORDINATOR, municipality.getId()));
    }

    public CurrentUser deputyOf(Organisation organisation) {
        return user(person(organisation, "Завучева", "Зоя", "заместитель директора по УВР", QualificationCategory.HIGHEST), "secret-password",
                ScopedRole.inOrganisation(Role.INSTITUTION_COORDINATOR, organisation.getId()));
    }

    public CurrentUser teacherAccount(Organisation organisation) {
        return user(teacher(organisation, "Учителева", "Ульяна"), "secret-password", ScopedRole.unscoped(Role.PRACTITIONER));
    }
}
