package ru.masterskaya.practice.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Until when a pair pauses. */
class PauseFormData {

    @NotNull(message = "{pauseForm.resumeOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate resumeOn;

    public @Nullable LocalDate getResumeOn() { return resumeOn; }
    public void setResumeOn(@Nullable LocalDate resumeOn) { this.resumeOn = resumeOn; }
}
