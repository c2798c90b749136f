package ru.masterskaya.matching.offer;

/** A withdrawn offer, or a capacity or format outside the coordinator's limits, cannot be confirmed. */
public class OfferNotConfirmable extends RuntimeException {

    public OfferNotConfirmable() {
        super("Offer cannot be confirmed with these terms");
    }
}
