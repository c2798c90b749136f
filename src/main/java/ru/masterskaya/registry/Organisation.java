package ru.masterskaya.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A school, kindergarten, centre or college whose staff the methodological service supports. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_code")
    private OrganisationType type;

    private String shortName;

    private String fullName;

    private @Nullable String address;

    private @Nullable String inn;

    private String searchName;

    @Version
    private @Nullable Long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Organisation() {}

    Organisation(Municipality municipality, OrganisationType type, OrganisationParameters parameters, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        apply(municipality, type, parameters, now);
    }

    List<FieldChange> change(Municipality municipality, OrganisationType type, OrganisationParameters parameters, Instant now) {
        List<FieldChange> changes = changesBy(municipality, type, parameters);
        apply(municipality, type, parameters, now);
        return changes;
    }

    /** The fields that {@link #change} would alter, without altering them: what an import preview shows. */
    public List<FieldChange> changesBy(Municipality municipality, OrganisationType type, OrganisationParameters parameters) {
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.collect(changes, "municipality", this.municipality.getName(), municipality.getName());
        FieldChange.collect(changes, "type", this.type.getName(), type.getName());
        FieldChange.collect(changes, "shortName", shortName, parameters.shortName());
        FieldChange.collect(changes, "fullName", fullName, parameters.fullName());
        FieldChange.collect(changes, "address", address, parameters.address());
        FieldChange.collect(changes, "inn", inn, parameters.inn());
        return changes;
    }

    private void apply(Municipality municipality, OrganisationType type, OrganisationParameters parameters, Instant now) {
        this.municipality = municipality;
        this.type = type;
        this.shortName = parameters.shortName().strip();
        this.fullName = parameters.fullName().strip();
        this.address = parameters.address();
        this.inn = parameters.inn();
        this.searchName = SearchText.normalize(shortName + " " + fullName);
        this.updatedAt = now;
    }

    public OrganisationId id() {
        return new OrganisationId(id);
    }

    public UUID getId() {
        return id;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getShortName() {
        return shortName;
    }

    public String getFullName() {
        return fullName;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public @Nullable String getInn() {
        return inn;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
