package ru.masterskaya.matching.offer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.matching.offer.MentoringDimension;

/** A new form or kind of mentoring, or a new name for one. */
class MentoringFormData {

    @NotNull(message = "{mentoringForm.dimension.required}")
    private @Nullable MentoringDimension dimension;

    @NotBlank(message = "{mentoringForm.name.required}")
    @Size(max = 200, message = "{mentoringForm.name.size}")
    private @Nullable String name;

    public @Nullable MentoringDimension getDimension() { return dimension; }
    public void setDimension(@Nullable MentoringDimension dimension) { this.dimension = dimension; }
    public @Nullable String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
}
