package ru.masterskaya.practice.attention;

import java.util.UUID;

/** A pair the health rules judge, with the territory whose rules apply to it. */
record PairUnderWay(PairFacts facts, UUID municipalityId, UUID regionId) {}
