package ru.masterskaya.matching.offer;

/** A master has one offer per academic year; a second would split their capacity. */
public class OfferAlreadyExists extends RuntimeException {

    public OfferAlreadyExists() {
        super("The master already has an offer this year");
    }
}
