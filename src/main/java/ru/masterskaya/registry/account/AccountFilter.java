package ru.masterskaya.registry.account;

import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.Role;

/** The filters of the administrator's account list. */
public record AccountFilter(@Nullable String query, @Nullable Role role, @Nullable AccountStatus status) {}
