package ru.masterskaya.registry.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The name of a new or renamed region or municipality. */
class TerritoryNameFormData {

    @NotBlank(message = "{territory.name.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private @Nullable String name;

    public @Nullable String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
}
