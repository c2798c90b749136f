package ru.masterskaya.practice.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.practice.CheckInParameters;

/** The two questions of the midpoint check-in and an optional comment. */
class CheckInFormData {

    @NotNull(message = "{checkInForm.progress.required}")
    @Min(value = 1, message = "{checkInForm.progress.required}")
    @Max(value = 4, message = "{checkInForm.progress.required}")
    private @Nullable Integer progress;

    @NotNull(message = "{checkInForm.needsHelp.required}")
    private @Nullable Boolean needsHelp;

    @Size(max = 2000, message = "{checkInForm.comment.size}")
    private @Nullable String comment;

    CheckInParameters toParameters() {
        return new CheckInParameters(Objects.requireNonNull(progress), Objects.requireNonNull(needsHelp), comment);
    }

    public @Nullable Integer getProgress() { return progress; }
    public void setProgress(@Nullable Integer progress) { this.progress = progress; }
    public @Nullable Boolean getNeedsHelp() { return needsHelp; }
    public void setNeedsHelp(@Nullable Boolean needsHelp) { this.needsHelp = needsHelp; }
    public @Nullable String getComment() { return comment; }
    public void setComment(@Nullable String comment) { this.comment = comment; }
}
