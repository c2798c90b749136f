package ru.masterskaya.practice;

/** The same practitioner already works with the same master on the same topic this year. */
public class PairAlreadyExists extends RuntimeException {

    public PairAlreadyExists() {
        super("pair already exists");
    }
}
