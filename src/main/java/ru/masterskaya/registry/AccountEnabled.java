package ru.masterskaya.registry;

/** An administrator switched a person's account back on. */
public record AccountEnabled(PersonId personId, String label, String actor) {}
