package ru.masterskaya.registry.account;

import ru.masterskaya.registry.Role;
import java.util.Set;
import java.util.Collection;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.PersonManagement;
import ru.masterskaya.registry.RoleGranted;
import ru.masterskaya.registry.RoleRevoked;
import ru.masterskaya.registry.ScopedRole;

/**
 * Grants and revokes roles within the asking user's scope and the {@link RoleGrantPolicy}. The
 * holder's sessions end with the change, so the new set of roles applies at their next request.
 */
@Service
@Transactional
public class AccountRoles {

    private final PersonManagement people;
    private final AccountRepository accounts;
    private final RoleScopes scopes;
    private final UserSessions sessions;
    private final ApplicationEventPublisher events;

    AccountRoles(
            PersonManagement people,
            AccountRepository accounts,
            RoleScopes scopes,
            UserSessions sessions,
            ApplicationEventPublisher events) {
        this.people = people;
        this.accounts = accounts;
        this.scopes = scopes;
        this.sessions = sessions;
        this.events = events;
    }

    /** The people whose enabled account holds any of these roles, wherever the role applies. */
    @Transactional(readOnly = true)
    public Set<UUID> peopleHolding(Collection<Role> roles) {
        return roles.isEmpty() ? Set.of() : Set.copyOf(accounts.personIdsHolding(roles));
    }

    /** Every holder of these roles with the scope each holds it in, for mail to whoever covers a record. */
    @Transactional(readOnly = true)
    public java.util.List<RoleHolder> holdersOf(Collection<Role> roles) {
        return roles.isEmpty() ? java.util.List.of() : accounts.holdersOf(roles);
    }

    public void grant(PersonId personId, ScopedRole role, CurrentUser actor) {
        Person person = people.get(personId, actor.registryScope());
        ensureAllowed(actor, person, role);
        Account account = accounts.findByPersonId(person.getId()).orElseThrow(() -> new AccountNotFoundException(personId));
        grant(account, person, role, actor);
    }

    public void revoke(PersonId personId, UUID assignmentId, CurrentUser actor) {
        Person person = people.get(personId, actor.registryScope());
        Account account = accounts.findByPersonId(person.getId()).orElseThrow(() -> new AccountNotFoundException(personId));
        ScopedRole role = account.getRoles().stream()
                .filter(assignment -> assignment.getId().equals(assignmentId))
                .findFirst()
                .map(RoleAssignment::toScopedRole)
                .orElseThrow(() -> new AccountNotFoundException(assignmentId));
        ensureAllowed(actor, person, role);
        String scopeLabel = scopes.label(role);
        account.revoke(assignmentId);
        events.publishEvent(new RoleRevoked(person.id(), person.getFullName().full(), role, scopeLabel, actor.getUsername()));
        sessions.endAllAfterCommit(account.getUsername());
    }

    /** For callers that have already checked the policy. */
    void grant(Account account, Person person, ScopedRole role, CurrentUser actor) {
        String scopeLabel = scopes.label(role);
        if (account.grant(role)) {
            events.publishEvent(new RoleGranted(person.id(), person.getFullName().full(), role, scopeLabel, actor.getUsername()));
            sessions.endAllAfterCommit(account.getUsername());
        }
    }

    static void ensureAllowed(CurrentUser actor, Person person, ScopedRole role) {
        if (!RoleGrantPolicy.allows(actor, GrantTarget.of(person), role)) {
            throw new RoleGrantRefused(actor.getUsername(), person.id());
        }
    }
}
