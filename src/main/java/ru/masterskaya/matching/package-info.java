/**
 * Matching: masters' offers and practitioners' requests of an academic year, and the exact,
 * explainable assignment of practitioners to masters (a maximum-weight b-matching solved with
 * OR-Tools), with group formats proposed where pairs cannot carry the demand. Built step by step;
 * see issue 5.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching", allowedDependencies = {"registry", "registry :: account",
        "calendar", "notifications", "diagnostics", "diagnostics :: campaigns", "diagnostics :: scoring", "diagnostics :: needs"})
@org.jspecify.annotations.NullMarked
package ru.masterskaya.matching;
