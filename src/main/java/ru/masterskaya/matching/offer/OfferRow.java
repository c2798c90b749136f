package ru.masterskaya.matching.offer;

import ru.masterskaya.registry.Person;

/** An offer with its master, as lists and forms show it. */
public record OfferRow(MasterOffer offer, Person master) {}
