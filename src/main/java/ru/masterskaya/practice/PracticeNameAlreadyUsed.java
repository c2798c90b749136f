package ru.masterskaya.practice;

/** Another reason or criterion of the list already has this name. */
public class PracticeNameAlreadyUsed extends RuntimeException {

    public PracticeNameAlreadyUsed(String name) {
        super("name already used: " + name);
    }
}
