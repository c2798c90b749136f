package ru.masterskaya.matching.offer.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import ru.masterskaya.matching.MeetingFormat;
import ru.masterskaya.matching.offer.MasterOffer;
import ru.masterskaya.matching.offer.OfferParameters;
import ru.masterskaya.matching.offer.OfferTopic;

/** An offer as the coordinator fills it in; topic percents are looked up from self-diagnosis, not typed. */
class OfferFormData {

    @NotNull(message = "{offerForm.person.required}")
    private @Nullable UUID personId;

    @NotEmpty(message = "{offerForm.topics.required}")
    private Set<UUID> topicIds = new LinkedHashSet<>();

    @NotNull(message = "{offerForm.capacity.required}")
    @Min(value = 1, message = "{offerForm.capacity.range}")
    @Max(value = 10, message = "{offerForm.capacity.range}")
    private @Nullable Integer capacity = 2;

    @NotNull(message = "{offerForm.yearlyCap.required}")
    @Min(value = 1, message = "{offerForm.yearlyCap.range}")
    @Max(value = 100, message = "{offerForm.yearlyCap.range}")
    private @Nullable Integer yearlyCap = 4;

    @NotNull(message = "{offerForm.format.required}")
    private @Nullable MeetingFormat format = MeetingFormat.MIXED;

    private Set<UUID> municipalityIds = new LinkedHashSet<>();

    private Set<UUID> organisationIds = new LinkedHashSet<>();

    private Set<UUID> mentoringIds = new LinkedHashSet<>();

    @Size(max = 100, message = "{offerForm.basisNumber.size}")
    private @Nullable String basisNumber;

    @PastOrPresent(message = "{offerForm.basisDate.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate basisDate;

    static OfferFormData from(MasterOffer offer) {
        OfferFormData form = new OfferFormData();
        form.personId = offer.getPersonId();
        offer.getTopics().stream().map(OfferTopic::getTopicId).forEach(form.topicIds::add);
        form.capacity = offer.getMaxCapacity();
        form.yearlyCap = offer.getYearlyCap();
        form.format = offer.getFormatLimit();
        form.municipalityIds.addAll(offer.getMunicipalityIds());
        form.organisationIds.addAll(offer.getOrganisationIds());
        form.mentoringIds.addAll(offer.getMentoringIds());
        form.basisNumber = offer.getBasisNumber();
        form.basisDate = offer.getBasisDate();
        return form;
    }

    /** The rules that tie fields together, reported on the field the coordinator should correct. */
    void checkTogether(Errors errors) {
        if (capacity != null && yearlyCap != null && !errors.hasFieldErrors("capacity") && yearlyCap < capacity) {
            errors.rejectValue("yearlyCap", "offerForm.yearlyCap.belowCapacity");
        }
        boolean hasNumber = basisNumber != null && !basisNumber.isBlank();
        if (hasNumber != (basisDate != null) && !errors.hasFieldErrors("basisDate")) {
            errors.rejectValue(hasNumber ? "basisDate" : "basisNumber", "offerForm.basis.incomplete");
        }
    }

    OfferParameters toParameters() {
        String number = basisNumber == null || basisNumber.isBlank() ? null : basisNumber.strip();
        return new OfferParameters(Objects.requireNonNull(personId), Set.copyOf(topicIds), Objects.requireNonNull(capacity),
                Objects.requireNonNull(yearlyCap), Objects.requireNonNull(format), Set.copyOf(municipalityIds), Set.copyOf(organisationIds),
                Set.copyOf(mentoringIds), number, number == null ? null : basisDate);
    }

    public @Nullable UUID getPersonId() { return personId; }
    public void setPersonId(@Nullable UUID personId) { this.personId = personId; }
    public Set<UUID> getTopicIds() { return topicIds; }
    public void setTopicIds(@Nullable Set<UUID> topicIds) { this.topicIds = topicIds == null ? new LinkedHashSet<>() : topicIds; }
    public @Nullable Integer getCapacity() { return capacity; }
    public void setCapacity(@Nullable Integer capacity) { this.capacity = capacity; }
    public @Nullable Integer getYearlyCap() { return yearlyCap; }
    public void setYearlyCap(@Nullable Integer yearlyCap) { this.yearlyCap = yearlyCap; }
    public @Nullable MeetingFormat getFormat() { return format; }
    public void setFormat(@Nullable MeetingFormat format) { this.format = format; }
    public Set<UUID> getMunicipalityIds() { return municipalityIds; }
    public void setMunicipalityIds(@Nullable Set<UUID> ids) { this.municipalityIds = ids == null ? new LinkedHashSet<>() : ids; }
    public Set<UUID> getOrganisationIds() { return organisationIds; }
    public void setOrganisationIds(@Nullable Set<UUID> ids) { this.organisationIds = ids == null ? new LinkedHashSet<>() : ids; }
    public Set<UUID> getMentoringIds() { return mentoringIds; }
    public void setMentoringIds(@Nullable Set<UUID> ids) { this.mentoringIds = ids == null ? new LinkedHashSet<>() : ids; }
    public @Nullable String getBasisNumber() { return basisNumber; }
    public void setBasisNumber(@Nullable String basisNumber) { this.basisNumber = basisNumber; }
    public @Nullable LocalDate getBasisDate() { return basisDate; }
    public void setBasisDate(@Nullable LocalDate basisDate) { this.basisDate = basisDate; }
}
