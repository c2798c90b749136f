package ru.masterskaya.practice;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.calendar.AcademicYear;

/**
 * A master and a practitioner working on one topic in one academic year. The pair guards its own
 * life: both sides agree a complete plan before it starts; journal entries and check-ins only while
 * it works; a product and a grade before the practitioner confirms the completion; nothing after the
 * end. Every refused change throws {@link PracticeRuleBroken} and changes nothing.
 */
@Entity
@Table(name = "practice_pair")
public class PracticePair {

    /** A check-in at or below this answer (1–4) asks the coordinator to look. */
    public static final int LOW_CHECK_IN = 2;

    @Id
    private UUID id;

    private int academicYear;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "personId", column = @Column(name = "practitioner_id")),
        @AttributeOverride(name = "organisationId", column = @Column(name = "practitioner_organisation_id")),
        @AttributeOverride(name = "municipalityId", column = @Column(name = "practitioner_municipality_id")),
        @AttributeOverride(name = "regionId", column = @Column(name = "practitioner_region_id"))
    })
    private PairParty practitioner;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "personId", column = @Column(name = "master_id")),
        @AttributeOverride(name = "organisationId", column = @Column(name = "master_organisation_id")),
        @AttributeOverride(name = "municipalityId", column = @Column(name = "master_municipality_id")),
        @AttributeOverride(name = "regionId", column = @Column(name = "master_region_id"))
    })
    private PairParty master;

    private UUID topicId;

    @Enumerated(EnumType.STRING)
    private PairOrigin origin;

    private @Nullable UUID matchingRunId;

    @Enumerated(EnumType.STRING)
    private PairStatus status;

    private Instant createdAt;

    private LocalDate createdOn;

    private String createdBy;

    @Embedded
    private @Nullable PracticePlan plan;

    private @Nullable Instant practitionerAgreedAt;

    private @Nullable Instant masterAgreedAt;

    private @Nullable Instant agreedAt;

    private @Nullable LocalDate activatedOn;

    @Enumerated(EnumType.STRING)
    private @Nullable PairStatus statusBeforePause;

    private @Nullable LocalDate pausedUntil;

    private @Nullable Instant finishedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable PairSide declinedBy;

    private @Nullable UUID endReasonId;

    private @Nullable String endNote;

    private @Nullable LocalDate firstMeetingOn;

    private @Nullable LocalDate lastEntryOn;

    private int entryCount;

    private @Nullable Instant attentionSince;

    @Embedded
    private @Nullable PracticeProduct product;

    private @Nullable Instant gradedAt;

    private @Nullable String gradeComment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_pair_grade", joinColumns = @JoinColumn(name = "pair_id"))
    @OrderColumn(name = "position")
    private List<CriterionGrade> grades = new ArrayList<>();

    private @Nullable String reviewText;

    private @Nullable LocalDate completedOn;

    @Embedded
    private @Nullable PublicationConsent consent;

    @Version
    private long version;

    protected PracticePair() {}

    public PracticePair(AcademicYear year, PairParty practitioner, PairParty master, UUID topicId, PairOrigin origin,
            @Nullable UUID matchingRunId, String createdBy, Instant now, LocalDate today) {
        if (practitioner.personId().equals(master.personId())) {
            throw new IllegalArgumentException("a person cannot be their own master");
        }
        this.id = UUID.randomUUID();
        this.academicYear = year.startYear();
        this.practitioner = practitioner;
        this.master = master;
        this.topicId = topicId;
        this.origin = origin;
        this.matchingRunId = matchingRunId;
        this.status = PairStatus.PROPOSED;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.createdOn = today;
        this.plan = PracticePlan.EMPTY;
    }

    // ---- agreement

    /** Sets the plan while the pair is proposed; any change asks both sides to agree again. */
    public void changePlan(PracticePlan newPlan) {
        require(status == PairStatus.PROPOSED, PracticeRule.NOT_IN_STATUS);
        if (newPlan.plannedStart() != null && newPlan.plannedEnd() != null
                && !newPlan.plannedEnd().isAfter(newPlan.plannedStart())) {
            throw new PracticeRuleBroken(PracticeRule.PLAN_DATES_REVERSED);
        }
        if (!newPlan.equals(plan)) {
            practitionerAgreedAt = null;
            masterAgreedAt = null;
        }
        this.plan = newPlan;
    }

    /** One side agrees to the plan; when both have, the pair is agreed. */
    public void agree(PairSide side, Instant now) {
        require(status == PairStatus.PROPOSED, PracticeRule.NOT_IN_STATUS);
        require(plan().isComplete(), PracticeRule.PLAN_INCOMPLETE);
        require(agreedAt(side) == null, PracticeRule.ALREADY_AGREED);
        if (side == PairSide.PRACTITIONER) {
            practitionerAgreedAt = now;
        } else {
            masterAgreedAt = now;
        }
        if (practitionerAgreedAt != null && masterAgreedAt != null) {
            status = PairStatus.AGREED;
            agreedAt = now;
        }
    }

    /** A side declines the proposed pair; it never starts. */
    public void decline(PairSide side, @Nullable UUID reasonId, @Nullable String note, Instant now) {
        require(status == PairStatus.PROPOSED, PracticeRule.NOT_IN_STATUS);
        status = PairStatus.DECLINED;
        declinedBy = side;
        endReasonId = reasonId;
        endNote = note;
        finishedAt = now;
    }

    // ---- the journal and check-ins

    /**
     * Takes a journal entry dated {@code occurredOn}: the first one starts an agreed pair, one in a
     * paused pair resumes it. Entries are closed before agreement and after the end.
     */
    public void recordEntry(JournalEntryKind kind, LocalDate occurredOn, LocalDate today) {
        require(status.isUnderway(), PracticeRule.JOURNAL_CLOSED);
        require(!occurredOn.isAfter(today), PracticeRule.ENTRY_IN_FUTURE);
        require(!occurredOn.isBefore(createdOn()), PracticeRule.ENTRY_BEFORE_PAIR);
        if (status == PairStatus.PAUSED) {
            resume();
        }
        if (status == PairStatus.AGREED) {
            status = PairStatus.ACTIVE;
            activatedOn = today;
        }
        if (kind.isMeeting() && (firstMeetingOn == null || occurredOn.isBefore(firstMeetingOn))) {
            firstMeetingOn = occurredOn;
        }
        if (lastEntryOn == null || occurredOn.isAfter(lastEntryOn)) {
            lastEntryOn = occurredOn;
        }
        entryCount++;
    }

    /**
     * A side answers the check-in: how the work goes (1–4) and whether the coordinator's help is
     * needed. A low answer or a call for help raises the pair's attention flag.
     */
    public void checkIn(int progress, boolean needsHelp, Instant now) {
        require(status.isUnderway(), PracticeRule.NOT_IN_STATUS);
        require(progress >= 1 && progress <= 4, PracticeRule.CHECK_IN_OUT_OF_RANGE);
        if ((progress <= LOW_CHECK_IN || needsHelp) && attentionSince == null) {
            attentionSince = now;
        }
    }

    /** The coordinator has looked at the pair; the attention flag is lowered until the next low check-in. */
    public void acknowledgeAttention() {
        attentionSince = null;
    }

    // ---- pause and early end

    public void pause(LocalDate resumeOn, LocalDate today) {
        require(status == PairStatus.AGREED || status == PairStatus.ACTIVE, PracticeRule.NOT_IN_STATUS);
        require(resumeOn.isAfter(today), PracticeRule.RESUME_DATE_NOT_AHEAD);
        statusBeforePause = status;
        status = PairStatus.PAUSED;
        pausedUntil = resumeOn;
    }

    public void resume() {
        require(status == PairStatus.PAUSED, PracticeRule.NOT_IN_STATUS);
        status = statusBeforePause == null ? PairStatus.ACTIVE : statusBeforePause;
        statusBeforePause = null;
        pausedUntil = null;
    }

    /** Resumes a paused pair whose resume date has come; returns whether it did. */
    public boolean resumeIfDue(LocalDate today) {
        if (status == PairStatus.PAUSED && pausedUntil != null && !pausedUntil.isAfter(today)) {
            resume();
            return true;
        }
        return false;
    }

    /** Ends the pair before its completion with a reason from the list and free text. */
    public void endEarly(@Nullable UUID reasonId, @Nullable String note, Instant now) {
        require(!status.isFinished(), PracticeRule.NOT_IN_STATUS);
        status = PairStatus.ENDED_EARLY;
        endReasonId = reasonId;
        endNote = note;
        finishedAt = now;
        statusBeforePause = null;
        pausedUntil = null;
    }

    // ---- completion

    /** The master records the product; a later record replaces it until the practice is completed. */
    public void recordProduct(PracticeProduct newProduct) {
        require(status == PairStatus.ACTIVE, PracticeRule.NOT_IN_STATUS);
        this.product = newProduct;
    }

    /** The master grades the recorded product against the rubric, criterion by criterion. */
    public void grade(List<CriterionGrade> criteria, String comment, Instant now) {
        require(status == PairStatus.ACTIVE, PracticeRule.NOT_IN_STATUS);
        require(product != null, PracticeRule.NO_PRODUCT);
        require(!criteria.isEmpty(), PracticeRule.NO_GRADE);
        this.grades.clear();
        this.grades.addAll(criteria);
        this.gradeComment = comment;
        this.gradedAt = now;
    }

    /**
     * The practitioner confirms the graded product with a review of the practice and, separately,
     * answers whether the review may be published; the practice is completed.
     */
    public void complete(String review, PublicationConsent publication, LocalDate today, Instant now) {
        require(status == PairStatus.ACTIVE, PracticeRule.NOT_IN_STATUS);
        require(product != null, PracticeRule.NO_PRODUCT);
        require(gradedAt != null, PracticeRule.NO_GRADE);
        require(!review.isBlank(), PracticeRule.REVIEW_REQUIRED);
        require(!publication.text().isBlank(), PracticeRule.CONSENT_TEXT_REQUIRED);
        this.reviewText = review;
        this.consent = publication;
        this.status = PairStatus.COMPLETED;
        this.completedOn = today;
        this.finishedAt = now;
    }

    /** The practitioner gives or withdraws the consent to publish the review of the completed practice. */
    public void changeConsent(PublicationConsent publication) {
        require(status == PairStatus.COMPLETED, PracticeRule.NOT_IN_STATUS);
        require(!publication.text().isBlank(), PracticeRule.CONSENT_TEXT_REQUIRED);
        this.consent = publication;
    }

    // ---- reading

    /** Which side the person is on, or null if they are not a side of this pair. */
    public @Nullable PairSide sideOf(UUID personId) {
        if (practitioner.personId().equals(personId)) {
            return PairSide.PRACTITIONER;
        }
        if (master.personId().equals(personId)) {
            return PairSide.MASTER;
        }
        return null;
    }

    public PairSide requireSide(UUID personId) {
        PairSide side = sideOf(personId);
        if (side == null) {
            throw new PracticeRuleBroken(PracticeRule.NOT_A_SIDE);
        }
        return side;
    }

    public @Nullable Instant agreedAt(PairSide side) {
        return side == PairSide.PRACTITIONER ? practitionerAgreedAt : masterAgreedAt;
    }

    /** The day the practice began: when it became active, or its planned start if that was earlier. */
    public LocalDate startedOn() {
        LocalDate planned = plan().plannedStart();
        if (activatedOn == null) {
            return planned != null ? planned : createdOn();
        }
        return planned != null && planned.isBefore(activatedOn) ? planned : activatedOn;
    }

    public LocalDate createdOn() {
        return createdOn;
    }

    public int gradePoints() {
        return grades.stream().mapToInt(CriterionGrade::points).sum();
    }

    public int gradeMaxPoints() {
        return grades.stream().mapToInt(CriterionGrade::maxPoints).sum();
    }

    public PairId id() {
        return new PairId(id);
    }

    public UUID getId() {
        return id;
    }

    public AcademicYear academicYear() {
        return new AcademicYear(academicYear);
    }

    public PairParty practitioner() {
        return practitioner;
    }

    public PairParty master() {
        return master;
    }

    public UUID topicId() {
        return topicId;
    }

    public PairOrigin origin() {
        return origin;
    }

    public @Nullable UUID matchingRunId() {
        return matchingRunId;
    }

    public PairStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public PracticePlan plan() {
        return plan == null ? PracticePlan.EMPTY : plan;
    }

    public @Nullable Instant agreedAt() {
        return agreedAt;
    }

    public @Nullable LocalDate activatedOn() {
        return activatedOn;
    }

    public @Nullable LocalDate pausedUntil() {
        return pausedUntil;
    }

    public @Nullable Instant finishedAt() {
        return finishedAt;
    }

    public @Nullable PairSide declinedBy() {
        return declinedBy;
    }

    public @Nullable UUID endReasonId() {
        return endReasonId;
    }

    public @Nullable String endNote() {
        return endNote;
    }

    public @Nullable LocalDate firstMeetingOn() {
        return firstMeetingOn;
    }

    public @Nullable LocalDate lastEntryOn() {
        return lastEntryOn;
    }

    public int entryCount() {
        return entryCount;
    }

    public @Nullable Instant attentionSince() {
        return attentionSince;
    }

    public @Nullable PracticeProduct product() {
        return product;
    }

    public @Nullable Instant gradedAt() {
        return gradedAt;
    }

    public @Nullable String gradeComment() {
        return gradeComment;
    }

    public List<CriterionGrade> grades() {
        return List.copyOf(grades);
    }

    public @Nullable String reviewText() {
        return reviewText;
    }

    public @Nullable LocalDate completedOn() {
        return completedOn;
    }

    public @Nullable PublicationConsent consent() {
        return consent;
    }

    public long version() {
        return version;
    }

    private static void require(boolean condition, PracticeRule rule) {
        if (!condition) {
            throw new PracticeRuleBroken(rule);
        }
    }
}
