package ru.masterskaya.registry.account;

import java.util.List;
import java.util.UUID;

/** One row of the administrator's account list. */
public record AccountSummary(
        UUID accountId,
        UUID personId,
        String fullName,
        String username,
        String organisation,
        AccountStatus status,
        List<GrantedRole> roles) {}
