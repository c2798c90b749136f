package ru.masterskaya.diagnostics.campaign;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.diagnostics.scoring.Profile;
import ru.masterskaya.diagnostics.scoring.ScoringSheet;
import ru.masterskaya.diagnostics.scoring.ScoringSheets;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.RegistryScope;

/**
 * Deficit profiles of submitted self-diagnoses, each compared with the same person's previous
 * submission in an earlier campaign where both asked the topic.
 */
@Service
@Transactional(readOnly = true)
public class Profiles {

    private final ResponseRepository responses;
    private final CampaignRepository campaigns;
    private final CampaignAccess access;
    private final ScoringSheets sheets;

    Profiles(ResponseRepository responses, CampaignRepository campaigns, CampaignAccess access, ScoringSheets sheets) {
        this.responses = responses;
        this.campaigns = campaigns;
        this.access = access;
        this.sheets = sheets;
    }

    /** The profile of a submitted response, with the change against the person's previous one. */
    public Profile of(DiagnosisResponse response) {
        Profile profile = plain(response);
        if (response.getSubmittedAt() == null) {
            return profile;
        }
        return responses.findFirstByPersonIdAndCampaignIdNotAndSubmittedAtBeforeOrderBySubmittedAtDesc(
                        response.getPersonId(), response.getCampaignId(), response.getSubmittedAt())
                .map(earlier -> profile.comparedWith(plain(earlier)))
                .orElse(profile);
    }

    /** The profile without comparison; for a response not yet submitted, every topic at zero. */
    public Profile plain(DiagnosisResponse response) {
        Campaign campaign = campaigns.findById(response.getCampaignId()).orElseThrow();
        ScoringSheet sheet = sheets.of(campaign.getInstrumentVersionId());
        int[] scores = response.getTopicScores() == null ? new int[sheet.topics().size()] : sheet.decode(response.getTopicScores());
        return sheet.profile(scores, campaign.thresholds());
    }

    /** A response for a coordinator or a deputy director, within what their scope sees. */
    public DiagnosisResponse visibleResponse(UUID responseId, RegistryScope scope) {
        DiagnosisResponse response = responses.findById(responseId).orElseThrow(() -> new CampaignNotFoundException(responseId));
        Campaign campaign = campaigns.findById(response.getCampaignId()).orElseThrow();
        if (!access.invitees(campaign, scope).covers(response) || !access.sees(campaign, scope)) {
            throw new CampaignNotFoundException(responseId);
        }
        return response;
    }

    /** A person's own responses, newest first: what «Мои самодиагностики» lists. */
    public List<DiagnosisResponse> ownResponses(PersonId personId) {
        return responses.findByPersonIdOrderByInvitedAtDesc(personId.value());
    }

    /** The person's own responses with their campaigns, newest first. */
    public List<OwnSelfDiagnosis> ownSelfDiagnoses(PersonId personId) {
        List<DiagnosisResponse> own = ownResponses(personId);
        java.util.Map<UUID, Campaign> byId = new java.util.HashMap<>();
        campaigns.findAllById(own.stream().map(DiagnosisResponse::getCampaignId).distinct().toList())
                .forEach(campaign -> byId.put(campaign.getId(), campaign));
        return own.stream().map(response -> new OwnSelfDiagnosis(response, byId.get(response.getCampaignId()))).toList();
    }

    /** The campaign a response belongs to. */
    public Campaign campaignOf(DiagnosisResponse response) {
        return campaigns.findById(response.getCampaignId()).orElseThrow();
    }

    /** One of the person's own responses; anyone else's is a 404. */
    public DiagnosisResponse ownResponse(UUID responseId, PersonId personId) {
        return responses.findById(responseId).filter(response -> response.getPersonId().equals(personId.value()))
                .orElseThrow(() -> new CampaignNotFoundException(responseId));
    }
}
