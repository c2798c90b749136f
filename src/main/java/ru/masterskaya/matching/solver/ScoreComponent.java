package ru.masterskaya.matching.solver;

/** One named part of a pair's score, in hundredths of a point. */
public record ScoreComponent(ComponentKind kind, long points) {}
