package ru.masterskaya.registry;

/** The editable description of an organisation type; its code is fixed when the type is created. */
public record OrganisationTypeParameters(String name, boolean preschool, int sortOrder, boolean active) {}
