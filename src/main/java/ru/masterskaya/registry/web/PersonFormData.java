package ru.masterskaya.registry.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonParameters;
import ru.masterskaya.registry.QualificationCategory;

/**
 * A person as typed into the form or read from a row of an import file; both are checked by the
 * same rules, declared here once.
 */
public class PersonFormData implements VersionedForm {

    public static final String NAME_PATTERN = "^[А-Яа-яЁёA-Za-z][А-Яа-яЁёA-Za-z\\-' ]*$";
    public static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$";
    public static final String PHONE_PATTERN = "^\\+?[0-9()\\- ]{5,40}$";

    @NotNull(message = "{person.organisation.required}")
    private @Nullable UUID organisationId;

    @NotBlank(message = "{person.lastName.required}")
    @Size(max = 100, message = "{field.tooLong}")
    @Pattern(regexp = "^$|" + NAME_PATTERN, message = "{person.name.letters}")
    private @Nullable String lastName;

    @NotBlank(message = "{person.firstName.required}")
    @Size(max = 100, message = "{field.tooLong}")
    @Pattern(regexp = "^$|" + NAME_PATTERN, message = "{person.name.letters}")
    private @Nullable String firstName;

    @Size(max = 100, message = "{field.tooLong}")
    @Pattern(regexp = "^$|" + NAME_PATTERN, message = "{person.name.letters}")
    private @Nullable String middleName;

    @NotBlank(message = "{person.email.required}")
    @Size(max = 254, message = "{field.tooLong}")
    @Pattern(regexp = "^$|" + EMAIL_PATTERN, message = "{person.email.invalid}")
    private @Nullable String email;

    @Size(max = 40, message = "{field.tooLong}")
    @Pattern(regexp = "^$|" + PHONE_PATTERN, message = "{person.phone.invalid}")
    private @Nullable String phone;

    @NotBlank(message = "{person.position.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private @Nullable String position;

    @Size(max = 500, message = "{field.tooLong}")
    private @Nullable String subjects;

    @NotNull(message = "{person.category.required}")
    private @Nullable QualificationCategory category = QualificationCategory.NONE;

    @Min(value = 1950, message = "{person.experienceSinceYear.range}")
    @Max(value = 2100, message = "{person.experienceSinceYear.range}")
    private @Nullable Integer experienceSinceYear;

    @Min(value = 1930, message = "{person.birthYear.range}")
    @Max(value = 2100, message = "{person.birthYear.range}")
    private @Nullable Integer birthYear;

    private boolean active = true;

    private long version;

    public static PersonFormData from(Person person) {
        PersonFormData form = new PersonFormData();
        form.organisationId = person.getOrganisation().getId();
        form.lastName = person.getLastName();
        form.firstName = person.getFirstName();
        form.middleName = person.getMiddleName();
        form.email = person.getEmail();
        form.phone = person.getPhone();
        form.position = person.getPosition();
        form.subjects = person.getSubjects();
        form.category = person.getCategory();
        form.experienceSinceYear = person.getExperienceSinceYear();
        form.birthYear = person.getBirthYear();
        form.active = person.isActive();
        form.version = person.getVersion();
        return form;
    }

    /** Only for data that passed validation. */
    public PersonParameters toParameters() {
        return new PersonParameters(
                organisationId, lastName, firstName, blankToNull(middleName), email, blankToNull(phone), position,
                blankToNull(subjects), category, experienceSinceYear, birthYear, active);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public @Nullable UUID getOrganisationId() { return organisationId; }
    public void setOrganisationId(@Nullable UUID organisationId) { this.organisationId = organisationId; }
    public @Nullable String getLastName() { return lastName; }
    public void setLastName(@Nullable String lastName) { this.lastName = lastName; }
    public @Nullable String getFirstName() { return firstName; }
    public void setFirstName(@Nullable String firstName) { this.firstName = firstName; }
    public @Nullable String getMiddleName() { return middleName; }
    public void setMiddleName(@Nullable String middleName) { this.middleName = middleName; }
    public @Nullable String getEmail() { return email; }
    public void setEmail(@Nullable String email) { this.email = email; }
    public @Nullable String getPhone() { return phone; }
    public void setPhone(@Nullable String phone) { this.phone = phone; }
    public @Nullable String getPosition() { return position; }
    public void setPosition(@Nullable String position) { this.position = position; }
    public @Nullable String getSubjects() { return subjects; }
    public void setSubjects(@Nullable String subjects) { this.subjects = subjects; }
    public @Nullable QualificationCategory getCategory() { return category; }
    public void setCategory(@Nullable QualificationCategory category) { this.category = category; }
    public @Nullable Integer getExperienceSinceYear() { return experienceSinceYear; }
    public void setExperienceSinceYear(@Nullable Integer experienceSinceYear) { this.experienceSinceYear = experienceSinceYear; }
    public @Nullable Integer getBirthYear() { return birthYear; }
    public void setBirthYear(@Nullable Integer birthYear) { this.birthYear = birthYear; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
