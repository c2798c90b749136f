package ru.masterskaya.diagnostics.campaign;

/** One of a person's own self-diagnoses with its campaign, as «Моя самодиагностика» lists them. */
public record OwnSelfDiagnosis(DiagnosisResponse response, Campaign campaign) {}
