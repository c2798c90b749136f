/**
 * Diagnostics: a teacher's self-diagnosis of professional deficits by topic, which later feeds
 * individual routes and matching: the catalogue of topics (competences) in the blocks of the
 * professional standard and Р-201, versioned instruments, campaigns with personal links, scoring
 * into deficit profiles and the needs of a territory. Other modules hear
 * {@link ru.masterskaya.diagnostics.SelfDiagnosisSubmitted} and {@link ru.masterskaya.diagnostics.CampaignClosed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Diagnostics", allowedDependencies = {"registry", "registry :: account", "calendar", "notifications",
        "infrastructure"})
@org.jspecify.annotations.NullMarked
package ru.masterskaya.diagnostics;
