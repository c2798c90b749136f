package ru.masterskaya.demo;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RoleGranted;
import ru.masterskaya.registry.ScopedRole;
import ru.masterskaya.registry.account.Account;
import ru.masterskaya.registry.account.AccountRepository;

/**
 * Opens the demo accounts: a login with the shared demo password and the account's role, scoped
 * to the demo municipality or to the holder's organisation where the role needs a scope.
 */
@Component
class DemoAccounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    void open(Map<DemoAccount, Person> holders, Municipality municipality) {
        // one hash for all: the password is shared and public anyway, and each hash costs a tenth of a second
        String passwordHash = passwordEncoder.encode(DemoAccount.PASSWORD);
        holders.forEach((demoAccount, person) -> {
            Account account = new Account(person, clock.instant());
            account.setPasswordHash(passwordHash);
            ScopedRole role = scopedRole(demoAccount, person, municipality);
            account.grant(role);
            accounts.save(account);
            events.publishEvent(new RoleGranted(
                    person.id(), person.getFullName().full(), role, scopeLabel(role, person, municipality), DemoDataLoader.ACTOR));
        });
    }

    private static ScopedRole scopedRole(DemoAccount demoAccount, Person person, Municipality municipality) {
        return switch (demoAccount.role().requiredScope()) {
            case NONE -> ScopedRole.unscoped(demoAccount.role());
            case TERRITORY -> ScopedRole.inMunicipality(demoAccount.role(), municipality.getId());
            case ORGANISATION -> ScopedRole.inOrganisation(demoAccount.role(), person.getOrganisation().getId());
        };
    }

    private static String scopeLabel(ScopedRole role, Person person, Municipality municipality) {
        if (role.municipalityId() != null) {
            return municipality.getName();
        }
        return role.organisationId() != null ? person.getOrganisation().getShortName() : "";
    }
}
