package ru.masterskaya.diagnostics.campaign.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.campaign.CampaignParameters;
import ru.masterskaya.diagnostics.campaign.invitation.CampaignOwner;
import ru.masterskaya.diagnostics.scoring.Thresholds;

/** A new campaign as a coordinator fills it in, with the defaults of Р-201; who is invited comes from {@link InviteeFormData}. */
class CampaignFormData extends InviteeFormData {

    @NotBlank(message = "{campaignForm.title.required}")
    @Size(max = 200, message = "{campaignForm.title.size}")
    private @Nullable String title;

    @NotNull(message = "{campaignForm.instrument.required}")
    private @Nullable UUID instrumentVersionId;

    private @Nullable String owner;

    @NotNull(message = "{campaignForm.opensOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate opensOn;

    @NotNull(message = "{campaignForm.closesOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate closesOn;

    @NotNull(message = "{campaignForm.mediumFrom.required}")
    @Min(value = 1, message = "{campaignForm.mediumFrom.range}")
    @Max(value = 99, message = "{campaignForm.mediumFrom.range}")
    private @Nullable Integer mediumFrom = Thresholds.R201.mediumFrom();

    @NotNull(message = "{campaignForm.minimalFrom.required}")
    @Min(value = 2, message = "{campaignForm.minimalFrom.range}")
    @Max(value = 100, message = "{campaignForm.minimalFrom.range}")
    private @Nullable Integer minimalFrom = Thresholds.R201.minimalFrom();

    @NotNull(message = "{campaignForm.masterLevelFrom.required}")
    @Min(value = 1, message = "{campaignForm.masterLevelFrom.range}")
    @Max(value = 100, message = "{campaignForm.masterLevelFrom.range}")
    private @Nullable Integer masterLevelFrom = 81;

    @NotNull(message = "{campaignForm.reminderIntervalDays.required}")
    @Min(value = 1, message = "{campaignForm.reminderIntervalDays.range}")
    @Max(value = 30, message = "{campaignForm.reminderIntervalDays.range}")
    private @Nullable Integer reminderIntervalDays = 3;

    /** Only for data that passed validation; the owner and description are filled in by the launch. */
    CampaignParameters toParameters(CampaignOwner chosen) {
        LocalDate opens = Objects.requireNonNull(opensOn);
        return new CampaignParameters(Objects.requireNonNull(title).strip(), AcademicYear.containing(opens), Objects.requireNonNull(instrumentVersionId),
                chosen.regionId(), chosen.municipalityId(), chosen.organisationId(), opens, Objects.requireNonNull(closesOn),
                new Thresholds(Objects.requireNonNull(mediumFrom), Objects.requireNonNull(minimalFrom)), Objects.requireNonNull(masterLevelFrom),
                Objects.requireNonNull(reminderIntervalDays), "");
    }

    public @Nullable String getTitle() { return title; }
    public void setTitle(@Nullable String title) { this.title = title; }
    public @Nullable UUID getInstrumentVersionId() { return instrumentVersionId; }
    public void setInstrumentVersionId(@Nullable UUID instrumentVersionId) { this.instrumentVersionId = instrumentVersionId; }
    public @Nullable String getOwner() { return owner; }
    public void setOwner(@Nullable String owner) { this.owner = owner; }
    public @Nullable LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(@Nullable LocalDate opensOn) { this.opensOn = opensOn; }
    public @Nullable LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(@Nullable LocalDate closesOn) { this.closesOn = closesOn; }
    public @Nullable Integer getMediumFrom() { return mediumFrom; }
    public void setMediumFrom(@Nullable Integer mediumFrom) { this.mediumFrom = mediumFrom; }
    public @Nullable Integer getMinimalFrom() { return minimalFrom; }
    public void setMinimalFrom(@Nullable Integer minimalFrom) { this.minimalFrom = minimalFrom; }
    public @Nullable Integer getMasterLevelFrom() { return masterLevelFrom; }
    public void setMasterLevelFrom(@Nullable Integer masterLevelFrom) { this.masterLevelFrom = masterLevelFrom; }
    public @Nullable Integer getReminderIntervalDays() { return reminderIntervalDays; }
    public void setReminderIntervalDays(@Nullable Integer reminderIntervalDays) { this.reminderIntervalDays = reminderIntervalDays; }
}
