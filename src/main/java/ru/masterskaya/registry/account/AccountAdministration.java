package ru.masterskaya.registry.account;

import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.registry.AccountDisabled;
import ru.masterskaya.registry.AccountEnabled;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Role;

/** The administrator's view of all accounts: search, and switching an account off and on. */
@Service
@Transactional(readOnly = true)
public class AccountAdministration {

    private final AccountRepository accounts;
    private final RoleScopes scopes;
    private final UserSessions sessions;
    private final ApplicationEventPublisher events;

    AccountAdministration(AccountRepository accounts, RoleScopes scopes, UserSessions sessions, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.scopes = scopes;
        this.sessions = sessions;
        this.events = events;
    }

    public Page<AccountSummary> search(AccountFilter filter, Pageable pageable) {
        Page<Account> page = accounts.findAll(AccountSpecifications.matching(filter), pageable);
        if (page.hasContent()) {
            // loads the roles of the whole page in one query into the accounts already read
            accounts.findWithRolesByIdIn(page.getContent().stream().map(Account::getId).toList());
        }
        return page.map(this::summary);
    }

    /** The account can no longer log in; its sessions end now. */
    @Transactional
    public void disable(UUID accountId, CurrentUser actor) {
        Account account = administered(accountId, actor);
        if (account.getId().equals(actor.accountId())) {
            throw new RoleGrantRefused(actor.getUsername(), accountId);
        }
        account.disable();
        sessions.endAllAfterCommit(account.getUsername());
        events.publishEvent(new AccountDisabled(account.getPerson().id(), account.getPerson().getFullName().full(), actor.getUsername()));
    }

    @Transactional
    public void enable(UUID accountId, CurrentUser actor) {
        Account account = administered(accountId, actor);
        account.enable();
        events.publishEvent(new AccountEnabled(account.getPerson().id(), account.getPerson().getFullName().full(), actor.getUsername()));
    }

    private Account administered(UUID accountId, CurrentUser actor) {
        if (!actor.hasRole(Role.ADMINISTRATOR)) {
            throw new RoleGrantRefused(actor.getUsername(), accountId);
        }
        return accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
    }

    private AccountSummary summary(Account account) {
        var person = account.getPerson();
        List<GrantedRole> roles = account.getRoles().stream()
                .map(assignment -> new GrantedRole(assignment.getId(), assignment.getRole(),
                        scopes.describe(assignment.toScopedRole()).orElse(null), false))
                .toList();
        return new AccountSummary(account.getId(), person.getId(), person.getFullName().full(), account.getUsername(),
                person.getOrganisation().getShortName(), AccountStatus.of(account), roles);
    }
}
