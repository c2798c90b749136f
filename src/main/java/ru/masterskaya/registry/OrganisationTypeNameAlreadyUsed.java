package ru.masterskaya.registry;

public class OrganisationTypeNameAlreadyUsed extends RuntimeException {

    public OrganisationTypeNameAlreadyUsed(String name) {
        super("Organisation type name already used: " + name);
    }
}
