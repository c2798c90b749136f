package ru.masterskaya.matching.offer;

/** An offer is proposed by the coordinator, confirmed by the master (their consent) or withdrawn. */
public enum OfferStatus {
    PROPOSED,
    CONFIRMED,
    WITHDRAWN;

    public String messageKey() {
        return "offerStatus." + name();
    }
}
