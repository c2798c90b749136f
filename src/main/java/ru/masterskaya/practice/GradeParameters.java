package ru.masterskaya.practice;

import java.util.Map;
import java.util.UUID;

/** The master's grade: for every active rubric criterion the index of the chosen level, and a comment. */
public record GradeParameters(Map<UUID, Integer> levels, String comment) {

    public GradeParameters {
        levels = Map.copyOf(levels);
    }
}
