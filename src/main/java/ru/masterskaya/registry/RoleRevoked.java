package ru.masterskaya.registry;

public record RoleRevoked(PersonId personId, String label, ScopedRole role, String scopeLabel, String actor) {}
