/**
 * Demo data: a fictional municipality with its schools, kindergartens, centres and staff, and one
 * account per role, loaded into an empty registry on first start so that a new installation can be
 * tried at once, with a self-diagnosis instrument, a finished campaign and a running one, and the
 * masters' offers and practitioners' requests matching starts from, and practice pairs in every state. Everything
 * is generated from a seed through the registry's, the campaigns' and matching's own services, so the same seed
 * always gives the same town and answers, and the rules and audit apply as for real data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = {"registry", "registry :: account", "calendar", "diagnostics",
        "diagnostics :: instruments", "diagnostics :: campaigns", "diagnostics :: scoring", "diagnostics :: needs", "matching",
        "matching :: offers", "matching :: requests", "practice", "documents", "documents :: templates"})
@org.jspecify.annotations.NullMarked
package ru.masterskaya.demo;
