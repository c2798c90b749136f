package ru.masterskaya.registry.account;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.Role;

/** A role an account holds, named for display; {@code revocable} says whether the viewer may take it away. */
public record GrantedRole(UUID id, Role role, @Nullable ScopeDescription scope, boolean revocable) {}
