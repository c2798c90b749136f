package ru.masterskaya.diagnostics.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.PersonId;

/**
 * One invitee of a campaign: their personal link, how far they got, and after submission the score
 * of every topic in the order of the instrument version's scoring sheet.
 */
@Entity
@Table(name = "diagnosis_response")
public class DiagnosisResponse {

    @Id
    private UUID id;

    private UUID campaignId;

    private UUID personId;

    private UUID organisationId;

    private String organisationType;

    private String token;

    @Enumerated(EnumType.STRING)
    private ResponseSource source;

    private Instant invitedAt;

    private @Nullable Instant revokedAt;

    private @Nullable Instant invitationSentAt;

    private @Nullable Instant lastRemindedAt;

    private int remindersSent;

    private @Nullable Instant startedAt;

    private @Nullable Instant submittedAt;

    private @Nullable String topicScores;

    @Version
    private @Nullable Long version;

    protected DiagnosisResponse() {}

    DiagnosisResponse(UUID campaignId, PersonId personId, UUID organisationId, String organisationType, String token, Instant now) {
        this.id = UUID.randomUUID();
        this.campaignId = campaignId;
        this.personId = personId.value();
        this.organisationId = organisationId;
        this.organisationType = organisationType;
        this.token = token;
        this.source = ResponseSource.LINK;
        this.invitedAt = now;
    }

    public ResponseStatus status() {
        if (submittedAt != null) {
            return ResponseStatus.FINISHED;
        }
        return startedAt != null ? ResponseStatus.STARTED : ResponseStatus.INVITED;
    }

    /** The last time the invitee heard from us: the invitation or the latest reminder. */
    public @Nullable Instant lastContactedAt() {
        if (lastRemindedAt == null) {
            return invitationSentAt;
        }
        return invitationSentAt == null || lastRemindedAt.isAfter(invitationSentAt) ? lastRemindedAt : invitationSentAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    void answered(Instant now) {
        if (startedAt == null) {
            startedAt = now;
        }
    }

    void submit(String topicScores, ResponseSource source, Instant now) {
        answered(now);
        this.topicScores = topicScores;
        this.source = source;
        this.submittedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** A revoked link is replaced by a new one; the answers given so far stay with the person. */
    void renewLink(String newToken) {
        this.token = newToken;
        this.revokedAt = null;
    }

    /** The invitation (or a renewed link) was queued for e-mail; reminders count their interval from here. */
    public void invitationSent(Instant now) {
        this.invitationSentAt = now;
    }

    public void reminded(Instant now) {
        this.lastRemindedAt = now;
        this.remindersSent++;
    }

    public UUID getId() {
        return id;
    }

    public UUID getCampaignId() {
        return campaignId;
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public UUID getPersonId() {
        return personId;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationType() {
        return organisationType;
    }

    public String getToken() {
        return token;
    }

    public ResponseSource getSource() {
        return source;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public @Nullable Instant getInvitationSentAt() {
        return invitationSentAt;
    }

    public @Nullable Instant getLastRemindedAt() {
        return lastRemindedAt;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public @Nullable Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable String getTopicScores() {
        return topicScores;
    }
}
