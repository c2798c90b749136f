package ru.masterskaya.matching.request;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.Profiles;
import ru.masterskaya.diagnostics.campaign.ResponseStatus;
import ru.masterskaya.diagnostics.scoring.Profile;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.RegistryScope;

/**
 * The latest finished self-diagnosis of a person in an academic year: what matching reads both the
 * master's strength and the practitioner's need from. An earlier diagnosis of the same year is
 * superseded, since people take a second one after a course or a route.
 */
@Component
@Transactional(readOnly = true)
public class LatestDiagnoses {

    /** A finished response with its profile. */
    public record Diagnosed(DiagnosisResponse response, Profile profile) {}

    private final Campaigns campaigns;
    private final Profiles profiles;

    LatestDiagnoses(Campaigns campaigns, Profiles profiles) {
        this.campaigns = campaigns;
        this.profiles = profiles;
    }

    public Optional<Diagnosed> of(PersonId personId, AcademicYear year) {
        return profiles.ownResponses(personId).stream()
                .filter(response -> isFinished(response) && profiles.campaignOf(response).getAcademicYear() == year.startYear())
                .max(Comparator.comparing(DiagnosisResponse::getSubmittedAt))
                .map(response -> new Diagnosed(response, profiles.plain(response)));
    }

    /** Per person the latest finished response of the year among the campaigns and invitees the scope sees. */
    public List<Diagnosed> inScope(AcademicYear year, RegistryScope scope) {
        Map<UUID, DiagnosisResponse> latest = new HashMap<>();
        for (Campaign campaign : campaigns.visibleTo(scope, year)) {
            campaigns.responses(campaign, scope).stream().filter(LatestDiagnoses::isFinished).forEach(response ->
                    latest.merge(response.getPersonId(), response, (left, right) ->
                            left.getSubmittedAt().isAfter(right.getSubmittedAt()) ? left : right));
        }
        return latest.values().stream().map(response -> new Diagnosed(response, profiles.plain(response))).toList();
    }

    private static boolean isFinished(DiagnosisResponse response) {
        return response.status() == ResponseStatus.FINISHED && response.getTopicScores() != null && response.getSubmittedAt() != null;
    }
}
