package ru.masterskaya.registry;

/** Another organisation of the municipality already has this short name. */
public class ShortNameAlreadyUsed extends RuntimeException {

    public ShortNameAlreadyUsed(String shortName) {
        super("Short name already used in the municipality: " + shortName);
    }
}
