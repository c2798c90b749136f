package ru.masterskaya.diagnostics;

import java.util.UUID;

/** A self-diagnosis campaign stopped taking answers: its needs and master candidates are final. */
public record CampaignClosed(UUID campaignId, int academicYear) {}
