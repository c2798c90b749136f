package ru.masterskaya.registry.account;

import java.util.Optional;

/** Where a person stands with their login. */
public enum AccountStatus {
    NONE,
    INVITED,
    ACTIVE,
    DISABLED;

    static AccountStatus of(Optional<Account> account) {
        return account.map(AccountStatus::of).orElse(NONE);
    }

    static AccountStatus of(Account account) {
        if (!account.isEnabled()) {
            return DISABLED;
        }
        return account.hasPassword() ? ACTIVE : INVITED;
    }

    public String messageKey() {
        return "account.status." + name();
    }
}
