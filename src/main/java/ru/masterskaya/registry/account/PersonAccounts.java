package ru.masterskaya.registry.account;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.PersonManagement;
import ru.masterskaya.registry.ScopedRole;

/** Reads a person's account for their card, within the viewer's scope. */
@Service
@Transactional(readOnly = true)
public class PersonAccounts {

    private final PersonManagement people;
    private final AccountRepository accounts;
    private final RoleScopes scopes;

    PersonAccounts(PersonManagement people, AccountRepository accounts, RoleScopes scopes) {
        this.people = people;
        this.accounts = accounts;
        this.scopes = scopes;
    }

    public PersonAccount of(PersonId personId, CurrentUser viewer) {
        Person person = people.get(personId, viewer.registryScope());
        GrantTarget target = GrantTarget.of(person);
        Optional<Account> account = accounts.findByPersonId(person.getId());
        List<GrantedRole> roles = account.map(Account::getRoles).orElse(List.of()).stream()
                .map(assignment -> {
                    ScopedRole role = assignment.toScopedRole();
                    return new GrantedRole(assignment.getId(), role.role(), scopes.describe(role).orElse(null),
                            RoleGrantPolicy.allows(viewer, target, role));
                })
                .toList();
        return new PersonAccount(person.id(), person.getFullName().full(), person.getOrganisation().getId(), person.isActive(),
                AccountStatus.of(account), roles,
                RoleGrantPolicy.grantableRoles(viewer, target));
    }
}
