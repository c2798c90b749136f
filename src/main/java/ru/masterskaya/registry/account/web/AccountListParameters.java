package ru.masterskaya.registry.account.web;

import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.account.AccountFilter;
import ru.masterskaya.registry.account.AccountStatus;

/** The query string of the account list. */
record AccountListParameters(@Nullable String q, @Nullable Role role, @Nullable AccountStatus status, @Nullable Integer page) {

    AccountFilter toFilter() {
        return new AccountFilter(q, role, status);
    }

    int pageIndex() {
        return page == null || page < 0 ? 0 : page;
    }
}
