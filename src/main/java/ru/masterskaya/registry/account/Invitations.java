package ru.masterskaya.registry.account;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.PersonManagement;
import ru.masterskaya.registry.ScopedRole;
import ru.masterskaya.registry.SecurityProperties;

/**
 * Brings a person into Мастерская: an account named by their e-mail, a first role, and an e-mailed
 * one-time link with which they choose their password.
 */
@Service
@Transactional
public class Invitations {

    private final PersonManagement people;
    private final AccountRepository accounts;
    private final AccountRoles roles;
    private final OneTimeTokens tokens;
    private final AccountMails mails;
    private final SecurityProperties properties;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Invitations(
            PersonManagement people,
            AccountRepository accounts,
            AccountRoles roles,
            OneTimeTokens tokens,
            AccountMails mails,
            SecurityProperties properties,
            PasswordEncoder passwords,
            Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.roles = roles;
        this.tokens = tokens;
        this.mails = mails;
        this.properties = properties;
        this.passwords = passwords;
        this.clock = clock;
    }

    public void invite(PersonId personId, ScopedRole role, CurrentUser actor) {
        Person person = people.get(personId, actor.registryScope());
        AccountRoles.ensureAllowed(actor, person, role);
        if (!person.isActive()) {
            throw new PersonHasLeft(personId);
        }
        Account account = accounts.findByPersonId(person.getId())
                .orElseGet(() -> accounts.save(new Account(person, clock.instant())));
        if (account.hasPassword()) {
            throw new AccountAlreadyActivated(personId);
        }
        roles.grant(account, person, role, actor);
        send(account);
    }

    /** A new link; the earlier one stops working. */
    public void resend(PersonId personId, CurrentUser actor) {
        Person person = people.get(personId, actor.registryScope());
        if (!RoleGrantPolicy.mayManage(actor, GrantTarget.of(person))) {
            throw new RoleGrantRefused(actor.getUsername(), personId);
        }
        if (!person.isActive()) {
            throw new PersonHasLeft(personId);
        }
        Account account = accounts.findByPersonId(person.getId()).orElseThrow(() -> new AccountNotFoundException(personId));
        if (account.hasPassword()) {
            throw new AccountAlreadyActivated(personId);
        }
        send(account);
    }

    /** The login the invitation link is for, while the link works. */
    @Transactional(readOnly = true)
    public Optional<String> loginOf(String token) {
        return tokens.peek(token, TokenPurpose.INVITATION).map(Account::getUsername);
    }

    public void activate(String token, String password) {
        Account account = tokens.redeem(token, TokenPurpose.INVITATION);
        account.setPasswordHash(passwords.encode(password));
    }

    private void send(Account account) {
        account.followEmail();
        mails.sendInvitation(account, tokens.issue(account, TokenPurpose.INVITATION, properties.invitationValidity()));
    }
}
