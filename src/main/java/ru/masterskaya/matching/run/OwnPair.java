package ru.masterskaya.matching.run;

/** A published pair as one of its sides sees it. */
public record OwnPair(PersonCard practitioner, PersonCard master, String topicName, String explanation) {}
