package ru.masterskaya.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A teacher, deputy director, methodologist or anyone else on the staff of an organisation. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String lastName;

    private String firstName;

    private @Nullable String middleName;

    private String searchName;

    private String email;

    private @Nullable String phone;

    private String position;

    private @Nullable String subjects;

    @Enumerated(EnumType.STRING)
    private QualificationCategory category;

    private @Nullable Integer experienceSinceYear;

    private @Nullable Integer birthYear;

    private boolean active;

    @Version
    private @Nullable Long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Person() {}

    Person(Organisation organisation, PersonParameters parameters, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        apply(organisation, parameters, now);
    }

    List<FieldChange> change(Organisation organisation, PersonParameters parameters, Instant now) {
        List<FieldChange> changes = changesBy(organisation, parameters);
        apply(organisation, parameters, now);
        return changes;
    }

    /** The fields that {@link #change} would alter, without altering them: what an import preview shows. */
    public List<FieldChange> changesBy(Organisation organisation, PersonParameters parameters) {
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.collect(changes, "organisation", this.organisation.getShortName(), organisation.getShortName());
        FieldChange.collect(changes, "lastName", lastName, parameters.lastName());
        FieldChange.collect(changes, "firstName", firstName, parameters.firstName());
        FieldChange.collect(changes, "middleName", middleName, parameters.middleName());
        FieldChange.collect(changes, "email", email, normalizeEmail(parameters.email()));
        FieldChange.collect(changes, "phone", phone, parameters.phone());
        FieldChange.collect(changes, "position", position, parameters.position());
        FieldChange.collect(changes, "subjects", subjects, parameters.subjects());
        FieldChange.collect(changes, "category", category, parameters.category());
        FieldChange.collect(changes, "experienceSinceYear", experienceSinceYear, parameters.experienceSinceYear());
        FieldChange.collect(changes, "birthYear", birthYear, parameters.birthYear());
        FieldChange.collect(changes, "active", active, parameters.active());
        return changes;
    }

    private void apply(Organisation organisation, PersonParameters parameters, Instant now) {
        this.organisation = organisation;
        this.lastName = parameters.lastName().strip();
        this.firstName = parameters.firstName().strip();
        this.middleName = parameters.middleName() == null || parameters.middleName().isBlank()
                ? null
                : parameters.middleName().strip();
        this.searchName = SearchText.normalize(getFullName().full());
        this.email = normalizeEmail(parameters.email());
        this.phone = parameters.phone();
        this.position = parameters.position().strip();
        this.subjects = parameters.subjects();
        this.category = parameters.category();
        this.experienceSinceYear = parameters.experienceSinceYear();
        this.birthYear = parameters.birthYear();
        this.active = parameters.active();
        this.updatedAt = now;
    }

    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether this person counts as a молодой специалист in the given calendar year. */
    public boolean isYoungSpecialist(int year) {
        return YoungSpecialistPolicy.applies(birthYear, experienceSinceYear, year);
    }

    public PersonId id() {
        return new PersonId(id);
    }

    public UUID getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public FullName getFullName() {
        return new FullName(lastName, firstName, middleName);
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public @Nullable String getMiddleName() {
        return middleName;
    }

    public String getEmail() {
        return email;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public String getPosition() {
        return position;
    }

    public @Nullable String getSubjects() {
        return subjects;
    }

    public QualificationCategory getCategory() {
        return category;
    }

    public @Nullable Integer getExperienceSinceYear() {
        return experienceSinceYear;
    }

    public @Nullable Integer getBirthYear() {
        return birthYear;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
