package ru.masterskaya.registry.account;

/** The territory or organisation of a role for display: a message key such as {@code scope.municipality} and a name. */
public record ScopeDescription(String messageKey, String name) {}
