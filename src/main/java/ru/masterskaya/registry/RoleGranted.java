package ru.masterskaya.registry;

public record RoleGranted(PersonId personId, String label, ScopedRole role, String scopeLabel, String actor) {}
