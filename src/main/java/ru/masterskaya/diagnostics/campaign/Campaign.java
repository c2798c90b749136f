package ru.masterskaya.diagnostics.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.scoring.Thresholds;

/** A self-diagnosis campaign of one academic year, run by a territory or by one organisation. */
@Entity
@Table(name = "diagnosis_campaign")
public class Campaign {

    static final int DESCRIPTION_LENGTH = 2000;
    static final int ADDITION_LENGTH = 600;

    @Id
    private UUID id;

    private String title;

    private int academicYear;

    private UUID instrumentVersionId;

    private @Nullable UUID regionId;

    private @Nullable UUID municipalityId;

    private @Nullable UUID organisationId;

    private LocalDate opensOn;

    private LocalDate closesOn;

    private int mediumDeficitFrom;

    private int minimalDeficitFrom;

    private int masterLevelFrom;

    private int reminderIntervalDays;

    private String inviteesDescription;

    private @Nullable Instant closedAt;

    private String createdBy;

    @Version
    private @Nullable Long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Campaign() {}

    Campaign(CampaignParameters parameters, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.title = parameters.title().strip();
        this.academicYear = parameters.academicYear().startYear();
        this.instrumentVersionId = parameters.instrumentVersionId();
        this.regionId = parameters.regionId();
        this.municipalityId = parameters.municipalityId();
        this.organisationId = parameters.organisationId();
        this.opensOn = parameters.opensOn();
        this.closesOn = parameters.closesOn();
        this.mediumDeficitFrom = parameters.thresholds().mediumFrom();
        this.minimalDeficitFrom = parameters.thresholds().minimalFrom();
        this.masterLevelFrom = parameters.masterLevelFrom();
        this.reminderIntervalDays = parameters.reminderIntervalDays();
        this.inviteesDescription = parameters.inviteesDescription();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Whether answers are taken on this day: between the open and close dates, and not closed early. */
    public boolean isOpenOn(LocalDate day) {
        return closedAt == null && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    void close(Instant now) {
        if (closedAt == null) {
            closedAt = now;
            updatedAt = now;
        }
    }

    /**
     * Records an addition to «Кто приглашён» as {@code "; " + addition}, e.g. «дополнительно 23.11.2026:
     * организации: …». The column holds {@value #DESCRIPTION_LENGTH} characters: a long addition is cut
     * to {@value #ADDITION_LENGTH}, and the older text gives way in the middle so that both the original
     * criteria and the newest addition stay readable.
     */
    void addInviteesDescription(String addition, Instant now) {
        String added = "; " + shortened(addition.strip(), ADDITION_LENGTH);
        String head = inviteesDescription;
        if (head.length() + added.length() > DESCRIPTION_LENGTH) {
            head = shortened(head, DESCRIPTION_LENGTH - added.length());
        }
        this.inviteesDescription = head + added;
        this.updatedAt = now;
    }

    private static String shortened(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1).stripTrailing() + "…";
    }

    void changeReminderInterval(int days, Instant now) {
        this.reminderIntervalDays = days;
        this.updatedAt = now;
    }

    public Thresholds thresholds() {
        return new Thresholds(mediumDeficitFrom, minimalDeficitFrom);
    }

    public AcademicYear academicYear() {
        return new AcademicYear(academicYear);
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public int getAcademicYear() {
        return academicYear;
    }

    public UUID getInstrumentVersionId() {
        return instrumentVersionId;
    }

    public @Nullable UUID getRegionId() {
        return regionId;
    }

    public @Nullable UUID getMunicipalityId() {
        return municipalityId;
    }

    public @Nullable UUID getOrganisationId() {
        return organisationId;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public int getMasterLevelFrom() {
        return masterLevelFrom;
    }

    public int getReminderIntervalDays() {
        return reminderIntervalDays;
    }

    public String getInviteesDescription() {
        return inviteesDescription;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
