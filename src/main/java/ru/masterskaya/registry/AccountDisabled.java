package ru.masterskaya.registry;

/** An administrator switched a person's account off: the person can no longer log in. */
public record AccountDisabled(PersonId personId, String label, String actor) {}
