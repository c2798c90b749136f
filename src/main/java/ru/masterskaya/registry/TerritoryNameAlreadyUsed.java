package ru.masterskaya.registry;

/** Another region, or another municipality of the same region, already has this name. */
public class TerritoryNameAlreadyUsed extends RuntimeException {

    public TerritoryNameAlreadyUsed(String name) {
        super("Territory name already used: " + name);
    }
}
