package ru.masterskaya.demo;

import org.jspecify.annotations.Nullable;

/**
 * A line of a staffing table: the position, the subjects or activity taught, how often a woman
 * holds it, and whether it is a leading post that no beginner holds.
 */
record Post(String position, @Nullable String subjects, double femaleShare, boolean leading) {

    static Post leading(String position, double femaleShare) {
        return new Post(position, null, femaleShare, true);
    }

    static Post staff(String position, double femaleShare) {
        return new Post(position, null, femaleShare, false);
    }

    static Post teaching(String position, String subjects, double femaleShare) {
        return new Post(position, subjects, femaleShare, false);
    }
}
