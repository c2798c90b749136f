package ru.masterskaya.registry.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.OrganisationType;
import ru.masterskaya.registry.OrganisationTypeParameters;

/** An organisation type as edited by the administrator; the code is only checked when the type is new. */
class OrganisationTypeFormData {

    /** Checks that apply only to a type being created. */
    interface Creation {}

    @NotBlank(message = "{organisationType.code.required}", groups = Creation.class)
    @Pattern(regexp = "^$|^[A-Za-z][A-Za-z0-9_]{1,39}$", message = "{organisationType.code.invalid}", groups = Creation.class)
    private @Nullable String code;

    @NotBlank(message = "{organisationType.name.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private @Nullable String name;

    private boolean preschool;

    @NotNull(message = "{organisationType.sortOrder.required}")
    @Min(value = 0, message = "{organisationType.sortOrder.range}")
    @Max(value = 9999, message = "{organisationType.sortOrder.range}")
    private @Nullable Integer sortOrder;

    private boolean active = true;

    private long version;

    static OrganisationTypeFormData from(OrganisationType type) {
        OrganisationTypeFormData form = new OrganisationTypeFormData();
        form.code = type.getCode();
        form.name = type.getName();
        form.preschool = type.isPreschool();
        form.sortOrder = type.getSortOrder();
        form.active = type.isActive();
        form.version = type.getVersion();
        return form;
    }

    /** Only for data that passed validation. */
    OrganisationTypeParameters toParameters() {
        return new OrganisationTypeParameters(Objects.requireNonNull(name), preschool, Objects.requireNonNull(sortOrder), active);
    }

    public @Nullable String getCode() { return code; }
    public void setCode(@Nullable String code) { this.code = code; }
    public @Nullable String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
    public boolean isPreschool() { return preschool; }
    public void setPreschool(boolean preschool) { this.preschool = preschool; }
    public @Nullable Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(@Nullable Integer sortOrder) { this.sortOrder = sortOrder; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
