package ru.masterskaya.documents.review;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.calendar.AcademicYear;

/**
 * A practitioner's review of a completed practice with what the book prints beside it, and the
 * consent to publish it: who agreed to which text, when and from where (152-ФЗ), or its withdrawal.
 */
@Entity
@Table(name = "document_review")
public class PracticeReview {

    @Id
    private UUID pairId;

    private int academicYear;

    private UUID practitionerId;

    private String practitionerName;

    private UUID masterId;

    private String masterName;

    private UUID organisationId;

    private UUID municipalityId;

    private UUID regionId;

    private @Nullable UUID topicId;

    private String topicName;

    private String productTitle;

    private String productKind;

    private String reviewText;

    private boolean consented;

    private @Nullable String consentText;

    private @Nullable Instant consentChangedAt;

    private @Nullable String consentChangedFrom;

    private LocalDate completedOn;

    protected PracticeReview() {}

    PracticeReview(UUID pairId, AcademicYear year, UUID practitionerId, String practitionerName, UUID masterId, String masterName,
            UUID organisationId, UUID municipalityId, UUID regionId, @Nullable UUID topicId, String topicName, String productTitle,
            String productKind, String reviewText, LocalDate completedOn) {
        this.pairId = pairId;
        this.academicYear = year.startYear();
        this.practitionerId = practitionerId;
        this.practitionerName = practitionerName;
        this.masterId = masterId;
        this.masterName = masterName;
        this.organisationId = organisationId;
        this.municipalityId = municipalityId;
        this.regionId = regionId;
        this.topicId = topicId;
        this.topicName = topicName;
        this.productTitle = productTitle;
        this.productKind = productKind;
        this.reviewText = reviewText;
        this.completedOn = completedOn;
    }

    void consent(boolean consented, @Nullable String text, @Nullable Instant at, @Nullable String from) {
        this.consented = consented;
        this.consentText = text;
        this.consentChangedAt = at;
        this.consentChangedFrom = from;
    }

    public UUID getPairId() {
        return pairId;
    }

    public AcademicYear getAcademicYear() {
        return new AcademicYear(academicYear);
    }

    public UUID getPractitionerId() {
        return practitionerId;
    }

    public String getPractitionerName() {
        return practitionerName;
    }

    public UUID getMasterId() {
        return masterId;
    }

    public String getMasterName() {
        return masterName;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public UUID getMunicipalityId() {
        return municipalityId;
    }

    public UUID getRegionId() {
        return regionId;
    }

    public String getTopicName() {
        return topicName;
    }

    public String getProductTitle() {
        return productTitle;
    }

    public String getProductKind() {
        return productKind;
    }

    public String getReviewText() {
        return reviewText;
    }

    public boolean isConsented() {
        return consented;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
