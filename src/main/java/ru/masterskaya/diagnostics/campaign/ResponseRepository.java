package ru.masterskaya.diagnostics.campaign;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ResponseRepository extends JpaRepository<DiagnosisResponse, UUID> {

    Optional<DiagnosisResponse> findByToken(String token);

    /** The response locked for the rest of the transaction, so that two saves of one person never interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from DiagnosisResponse r where r.token = :token")
    Optional<DiagnosisResponse> lockByToken(String token);

    Optional<DiagnosisResponse> findByCampaignIdAndPersonId(UUID campaignId, UUID personId);

    List<DiagnosisResponse> findByCampaignId(UUID campaignId);

    List<DiagnosisResponse> findByCampaignIdAndOrganisationIdIn(UUID campaignId, Collection<UUID> organisationIds);

    /** Invitees still waiting for their invitation e-mail (for instance because the campaign opens later). */
    List<DiagnosisResponse> findByCampaignIdAndInvitationSentAtIsNullAndRevokedAtIsNull(UUID campaignId);

    /** Invitees who were invited, have not finished and whose link works: the candidates for a reminder. */
    List<DiagnosisResponse> findByCampaignIdAndInvitationSentAtIsNotNullAndSubmittedAtIsNullAndRevokedAtIsNull(UUID campaignId);

    List<DiagnosisResponse> findByPersonIdOrderByInvitedAtDesc(UUID personId);

    @Query("select new ru.masterskaya.diagnostics.campaign.ResponseCounts(count(r), count(r.startedAt), count(r.submittedAt))"
            + " from DiagnosisResponse r where r.campaignId = :campaignId")
    ResponseCounts countsOf(UUID campaignId);

    @Query("select new ru.masterskaya.diagnostics.campaign.ResponseCounts(count(r), count(r.startedAt), count(r.submittedAt))"
            + " from DiagnosisResponse r where r.campaignId = :campaignId and r.organisationId in :organisationIds")
    ResponseCounts countsOf(UUID campaignId, Collection<UUID> organisationIds);

    @Query("select distinct r.campaignId from DiagnosisResponse r where r.organisationId in :organisationIds")
    List<UUID> campaignsWithInviteesIn(Collection<UUID> organisationIds);

    /** The person's latest submission before this moment in another campaign: what a repeat diagnosis is compared with. */
    Optional<DiagnosisResponse> findFirstByPersonIdAndCampaignIdNotAndSubmittedAtBeforeOrderBySubmittedAtDesc(
            UUID personId, UUID campaignId, Instant before);
}
