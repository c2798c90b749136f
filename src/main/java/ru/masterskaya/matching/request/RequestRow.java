package ru.masterskaya.matching.request;

import ru.masterskaya.registry.Person;

/** A request with its practitioner, as the lists show it. */
public record RequestRow(PractitionerRequest request, Person practitioner) {}
