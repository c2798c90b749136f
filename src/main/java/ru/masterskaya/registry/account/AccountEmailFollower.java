package ru.masterskaya.registry.account;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.masterskaya.registry.PersonChanged;

/** The login is the person's e-mail: when the registry changes the address, the login follows. */
@Component
class AccountEmailFollower {

    private final AccountRepository accounts;
    private final UserSessions sessions;

    AccountEmailFollower(AccountRepository accounts, UserSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @EventListener
    void on(PersonChanged event) {
        if (event.changes().stream().noneMatch(change -> change.field().equals("email"))) {
            return;
        }
        accounts.findByPersonId(event.personId().value()).ifPresent(account -> {
            String previous = account.getUsername();
            account.followEmail();
            sessions.endAllAfterCommit(previous);
        });
    }
}
