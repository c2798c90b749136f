package ru.masterskaya.practice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import ru.masterskaya.practice.BasisDocument;
import ru.masterskaya.practice.PlanParameters;
import ru.masterskaya.practice.PracticePlan;

/** The plan of a pair as a side or the coordinator types it; the basis document is optional but whole when given. */
class PlanFormData {

    @NotBlank(message = "{planForm.goal.required}")
    @Size(max = 2000, message = "{planForm.goal.size}")
    private @Nullable String goal;

    @NotBlank(message = "{planForm.expectedProduct.required}")
    @Size(max = 500, message = "{planForm.expectedProduct.size}")
    private @Nullable String expectedProduct;

    @NotNull(message = "{planForm.plannedStart.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate plannedStart;

    @NotNull(message = "{planForm.plannedEnd.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate plannedEnd;

    @NotBlank(message = "{planForm.meetingRhythm.required}")
    @Size(max = 200, message = "{planForm.meetingRhythm.size}")
    private @Nullable String meetingRhythm;

    private @Nullable UUID mentoringFormId;

    private @Nullable UUID mentoringKindId;

    @Size(max = 100, message = "{planForm.basisNumber.size}")
    private @Nullable String basisNumber;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate basisDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate basisStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate basisEnd;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate basisEarlyEnd;

    static PlanFormData from(PracticePlan plan) {
        PlanFormData form = new PlanFormData();
        form.goal = plan.goal();
        form.expectedProduct = plan.expectedProduct();
        form.plannedStart = plan.plannedStart();
        form.plannedEnd = plan.plannedEnd();
        form.meetingRhythm = plan.meetingRhythm();
        form.mentoringFormId = plan.mentoringFormId();
        form.mentoringKindId = plan.mentoringKindId();
        BasisDocument basis = plan.basisOrNone();
        form.basisNumber = basis.number();
        form.basisDate = basis.date();
        form.basisStart = basis.start();
        form.basisEnd = basis.end();
        form.basisEarlyEnd = basis.earlyEnd();
        return form;
    }

    /** The rules that tie fields together, reported on the field to correct. */
    void checkTogether(Errors errors) {
        if (plannedStart != null && plannedEnd != null && !plannedEnd.isAfter(plannedStart)) {
            errors.rejectValue("plannedEnd", "planForm.plannedEnd.beforeStart");
        }
        boolean hasNumber = basisNumber != null && !basisNumber.isBlank();
        boolean anyBasis = hasNumber || basisDate != null || basisStart != null || basisEnd != null || basisEarlyEnd != null;
        if (anyBasis && !hasNumber && !errors.hasFieldErrors("basisNumber")) {
            errors.rejectValue("basisNumber", "planForm.basisNumber.required");
        }
        if (anyBasis && basisDate == null) {
            errors.rejectValue("basisDate", "planForm.basisDate.required");
        }
        if (basisStart != null && basisEnd != null && !basisEnd.isAfter(basisStart)) {
            errors.rejectValue("basisEnd", "planForm.basisEnd.beforeStart");
        }
        if (basisEarlyEnd != null && basisStart != null && basisEarlyEnd.isBefore(basisStart)) {
            errors.rejectValue("basisEarlyEnd", "planForm.basisEarlyEnd.beforeStart");
        }
    }

    PlanParameters toParameters() {
        return new PlanParameters(goal, expectedProduct, plannedStart, plannedEnd, meetingRhythm, mentoringFormId, mentoringKindId,
                basisNumber, basisDate, basisStart, basisEnd, basisEarlyEnd);
    }

    public @Nullable String getGoal() { return goal; }
    public void setGoal(@Nullable String goal) { this.goal = goal; }
    public @Nullable String getExpectedProduct() { return expectedProduct; }
    public void setExpectedProduct(@Nullable String expectedProduct) { this.expectedProduct = expectedProduct; }
    public @Nullable LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(@Nullable LocalDate plannedStart) { this.plannedStart = plannedStart; }
    public @Nullable LocalDate getPlannedEnd() { return plannedEnd; }
    public void setPlannedEnd(@Nullable LocalDate plannedEnd) { this.plannedEnd = plannedEnd; }
    public @Nullable String getMeetingRhythm() { return meetingRhythm; }
    public void setMeetingRhythm(@Nullable String meetingRhythm) { this.meetingRhythm = meetingRhythm; }
    public @Nullable UUID getMentoringFormId() { return mentoringFormId; }
    public void setMentoringFormId(@Nullable UUID mentoringFormId) { this.mentoringFormId = mentoringFormId; }
    public @Nullable UUID getMentoringKindId() { return mentoringKindId; }
    public void setMentoringKindId(@Nullable UUID mentoringKindId) { this.mentoringKindId = mentoringKindId; }
    public @Nullable String getBasisNumber() { return basisNumber; }
    public void setBasisNumber(@Nullable String basisNumber) { this.basisNumber = basisNumber; }
    public @Nullable LocalDate getBasisDate() { return basisDate; }
    public void setBasisDate(@Nullable LocalDate basisDate) { this.basisDate = basisDate; }
    public @Nullable LocalDate getBasisStart() { return basisStart; }
    public void setBasisStart(@Nullable LocalDate basisStart) { this.basisStart = basisStart; }
    public @Nullable LocalDate getBasisEnd() { return basisEnd; }
    public void setBasisEnd(@Nullable LocalDate basisEnd) { this.basisEnd = basisEnd; }
    public @Nullable LocalDate getBasisEarlyEnd() { return basisEarlyEnd; }
    public void setBasisEarlyEnd(@Nullable LocalDate basisEarlyEnd) { this.basisEarlyEnd = basisEarlyEnd; }
}
