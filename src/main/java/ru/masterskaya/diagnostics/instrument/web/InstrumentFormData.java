package ru.masterskaya.diagnostics.instrument.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The title and description of a new instrument as a coordinator types them. */
class InstrumentFormData {

    @NotBlank(message = "{instrument.title.required}")
    @Size(max = 200, message = "{instrument.title.tooLong}")
    private @Nullable String title;

    @Size(max = 2000, message = "{instrument.description.tooLong}")
    private @Nullable String description;

    public @Nullable String getTitle() { return title; }
    public void setTitle(@Nullable String title) { this.title = title; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
}
