package ru.masterskaya.matching.offer;

/** Two forms (or two kinds) of mentoring with the same name could not be told apart in an offer. */
public class MentoringNameAlreadyUsed extends RuntimeException {

    public MentoringNameAlreadyUsed(String name) {
        super("Mentoring option already exists: " + name);
    }
}
