package ru.masterskaya.practice;

/** How a pair came to be: published from a matching run, or created by a coordinator by hand. */
public enum PairOrigin {
    MATCHING,
    MANUAL
}
