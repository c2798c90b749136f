package ru.masterskaya.documents;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.documents.template.TemplateOwner;
import ru.masterskaya.registry.FullName;

/**
 * A certificate or statement: drafted from an event with a snapshot of everything it prints (so that
 * a renamed person or topic does not change an issued document), then issued with a number and a
 * template version, and possibly revoked or superseded, never deleted.
 */
@Entity
@Table(name = "document")
public class Document {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    @Enumerated(EnumType.STRING)
    private DocumentStatus status;

    private int academicYear;

    private @Nullable Integer sequenceNumber;

    private @Nullable String number;

    private String verificationCode;

    private @Nullable UUID pairId;

    private UUID holderPersonId;

    private String holderLastName;

    private String holderFirstName;

    private @Nullable String holderMiddleName;

    private String holderEmail;

    private UUID organisationId;

    private String organisationName;

    private UUID municipalityId;

    private UUID regionId;

    private @Nullable UUID topicId;

    private String topicName;

    private LocalDate startedOn;

    private LocalDate completedOn;

    private @Nullable String productTitle;

    private @Nullable String productKind;

    private @Nullable String gradeLevel;

    private @Nullable Integer gradePoints;

    private @Nullable Integer gradeMaxPoints;

    private @Nullable String gradeCriteria;

    private @Nullable UUID templateId;

    private @Nullable LocalDate issuedOn;

    private @Nullable String issuedBy;

    private @Nullable LocalDate revokedOn;

    private @Nullable String revokedBy;

    private @Nullable String revocationReason;

    private @Nullable UUID supersedesId;

    private @Nullable UUID supersededById;

    private Instant createdAt;

    @Version
    private @Nullable Long version;

    protected Document() {}

    Document(DocumentKind kind, AcademicYear year, @Nullable UUID pairId, DocumentHolder holder, DocumentSubject subject, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.status = DocumentStatus.DRAFT;
        this.academicYear = year.startYear();
        this.verificationCode = VerificationCodes.next();
        this.pairId = pairId;
        this.holderPersonId = holder.personId();
        this.holderLastName = holder.name().lastName();
        this.holderFirstName = holder.name().firstName();
        this.holderMiddleName = holder.name().middleName();
        this.holderEmail = holder.email();
        this.organisationId = holder.organisationId();
        this.organisationName = holder.organisationName();
        this.municipalityId = holder.municipalityId();
        this.regionId = holder.regionId();
        this.topicId = subject.topicId();
        this.topicName = subject.topicName();
        this.startedOn = subject.startedOn();
        this.completedOn = subject.completedOn();
        if (kind.showsProduct() && subject.product() != null) {
            this.productTitle = subject.product().title();
            this.productKind = subject.product().kind();
        }
        if (kind.showsGrade() && subject.grade() != null) {
            this.gradeLevel = subject.grade().level();
            this.gradePoints = subject.grade().points();
            this.gradeMaxPoints = subject.grade().maxPoints();
            this.gradeCriteria = GradeCriterion.store(subject.grade().criteria());
        }
        this.createdAt = now;
    }

    /** The same content under a new number: what a re-issue produces for a document issued with an error or lost. */
    Document successor(Instant now) {
        Document next = new Document();
        next.id = UUID.randomUUID();
        next.kind = kind;
        next.status = DocumentStatus.DRAFT;
        next.academicYear = academicYear;
        next.verificationCode = VerificationCodes.next();
        next.pairId = pairId;
        next.holderPersonId = holderPersonId;
        next.holderLastName = holderLastName;
        next.holderFirstName = holderFirstName;
        next.holderMiddleName = holderMiddleName;
        next.holderEmail = holderEmail;
        next.organisationId = organisationId;
        next.organisationName = organisationName;
        next.municipalityId = municipalityId;
        next.regionId = regionId;
        next.topicId = topicId;
        next.topicName = topicName;
        next.startedOn = startedOn;
        next.completedOn = completedOn;
        next.productTitle = productTitle;
        next.productKind = productKind;
        next.gradeLevel = gradeLevel;
        next.gradePoints = gradePoints;
        next.gradeMaxPoints = gradeMaxPoints;
        next.gradeCriteria = gradeCriteria;
        next.supersedesId = id;
        next.createdAt = now;
        return next;
    }

    void issue(DocumentNumber number, UUID templateId, LocalDate on, String by) {
        if (status != DocumentStatus.DRAFT) {
            throw new DocumentNotInThatState(id, status);
        }
        this.sequenceNumber = number.sequence();
        this.number = number.text();
        this.templateId = templateId;
        this.issuedOn = on;
        this.issuedBy = by;
        this.status = DocumentStatus.ISSUED;
    }

    void revoke(String reason, LocalDate on, String by) {
        if (status != DocumentStatus.ISSUED) {
            throw new DocumentNotInThatState(id, status);
        }
        this.status = DocumentStatus.REVOKED;
        this.revocationReason = reason.strip();
        this.revokedOn = on;
        this.revokedBy = by;
    }

    void supersede(Document successor, LocalDate on, String by) {
        if (status != DocumentStatus.ISSUED && status != DocumentStatus.REVOKED) {
            throw new DocumentNotInThatState(id, status);
        }
        if (status == DocumentStatus.ISSUED) {
            this.revokedOn = on;
            this.revokedBy = by;
        }
        this.status = DocumentStatus.SUPERSEDED;
        this.supersededById = successor.id;
    }

    public UUID getId() {
        return id;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public AcademicYear getAcademicYear() {
        return new AcademicYear(academicYear);
    }

    public @Nullable String getNumber() {
        return number;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public @Nullable UUID getPairId() {
        return pairId;
    }

    public UUID getHolderPersonId() {
        return holderPersonId;
    }

    public FullName getHolderName() {
        return new FullName(holderLastName, holderFirstName, holderMiddleName);
    }

    public String getHolderEmail() {
        return holderEmail;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    /** Whose templates the document is issued with: its holder's municipality's, falling back on the region's and the shared ones. */
    public TemplateOwner templateOwner() {
        return TemplateOwner.municipality(municipalityId, regionId);
    }

    public UUID getMunicipalityId() {
        return municipalityId;
    }

    public UUID getRegionId() {
        return regionId;
    }

    public @Nullable UUID getTopicId() {
        return topicId;
    }

    public String getTopicName() {
        return topicName;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public @Nullable String getProductTitle() {
        return productTitle;
    }

    public @Nullable String getProductKind() {
        return productKind;
    }

    public @Nullable String getGradeLevel() {
        return gradeLevel;
    }

    public @Nullable Integer getGradePoints() {
        return gradePoints;
    }

    public @Nullable Integer getGradeMaxPoints() {
        return gradeMaxPoints;
    }

    public List<GradeCriterion> getGradeCriteria() {
        return gradeCriteria == null ? List.of() : GradeCriterion.read(gradeCriteria);
    }

    public @Nullable UUID getTemplateId() {
        return templateId;
    }

    public @Nullable LocalDate getIssuedOn() {
        return issuedOn;
    }

    public @Nullable String getRevokedBy() {
        return revokedBy;
    }

    public @Nullable String getIssuedBy() {
        return issuedBy;
    }

    public @Nullable LocalDate getRevokedOn() {
        return revokedOn;
    }

    public @Nullable String getRevocationReason() {
        return revocationReason;
    }

    public @Nullable UUID getSupersedesId() {
        return supersedesId;
    }

    public @Nullable UUID getSupersededById() {
        return supersededById;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
