package ru.masterskaya.registry;

public class OrganisationTypeCodeAlreadyUsed extends RuntimeException {

    public OrganisationTypeCodeAlreadyUsed(String code) {
        super("Organisation type code already used: " + code);
    }
}
