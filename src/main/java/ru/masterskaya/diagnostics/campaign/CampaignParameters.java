package ru.masterskaya.diagnostics.campaign;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.scoring.Thresholds;

/**
 * What a coordinator decides when starting a campaign. The owner is the territory or organisation
 * that runs it: exactly one of region, municipality and organisation.
 */
public record CampaignParameters(
        String title,
        AcademicYear academicYear,
        UUID instrumentVersionId,
        @Nullable UUID regionId,
        @Nullable UUID municipalityId,
        @Nullable UUID organisationId,
        LocalDate opensOn,
        LocalDate closesOn,
        Thresholds thresholds,
        int masterLevelFrom,
        int reminderIntervalDays,
        String inviteesDescription) {}
