package ru.masterskaya.registry.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationParameters;

/** An organisation as typed into the form or read from a row of an import file. */
public class OrganisationFormData implements VersionedForm {

    /** ИНН of a legal entity has 10 digits; 12 digits are accepted for individual entrepreneurs. */
    public static final String INN_PATTERN = "^$|^\\d{10}$|^\\d{12}$";

    @NotNull(message = "{organisation.municipality.required}")
    private @Nullable UUID municipalityId;

    @NotBlank(message = "{organisation.type.required}")
    private @Nullable String typeCode;

    @NotBlank(message = "{organisation.shortName.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private @Nullable String shortName;

    @NotBlank(message = "{organisation.fullName.required}")
    @Size(max = 500, message = "{field.tooLong}")
    private @Nullable String fullName;

    @Size(max = 500, message = "{field.tooLong}")
    private @Nullable String address;

    @Pattern(regexp = INN_PATTERN, message = "{organisation.inn.invalid}")
    private @Nullable String inn;

    private long version;

    public static OrganisationFormData from(Organisation organisation) {
        OrganisationFormData form = new OrganisationFormData();
        form.municipalityId = organisation.getMunicipality().getId();
        form.typeCode = organisation.getType().getCode();
        form.shortName = organisation.getShortName();
        form.fullName = organisation.getFullName();
        form.address = organisation.getAddress();
        form.inn = organisation.getInn();
        form.version = organisation.getVersion();
        return form;
    }

    public OrganisationParameters toParameters() {
        return new OrganisationParameters(municipalityId, typeCode, shortName, fullName, blankToNull(address), blankToNull(inn));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public @Nullable UUID getMunicipalityId() { return municipalityId; }
    public void setMunicipalityId(@Nullable UUID municipalityId) { this.municipalityId = municipalityId; }
    public @Nullable String getTypeCode() { return typeCode; }
    public void setTypeCode(@Nullable String typeCode) { this.typeCode = typeCode; }
    public @Nullable String getShortName() { return shortName; }
    public void setShortName(@Nullable String shortName) { this.shortName = shortName; }
    public @Nullable String getFullName() { return fullName; }
    public void setFullName(@Nullable String fullName) { this.fullName = fullName; }
    public @Nullable String getAddress() { return address; }
    public void setAddress(@Nullable String address) { this.address = address; }
    public @Nullable String getInn() { return inn; }
    public void setInn(@Nullable String inn) { this.inn = inn; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
