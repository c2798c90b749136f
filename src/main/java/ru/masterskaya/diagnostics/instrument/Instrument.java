package ru.masterskaya.diagnostics.instrument;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A self-diagnosis questionnaire; its items live in numbered versions. */
@Entity
@Table(name = "instrument")
public class Instrument {

    @Id
    private UUID id;

    private String title;

    private @Nullable String description;

    @Version
    private @Nullable Long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Instrument() {}

    Instrument(String title, @Nullable String description, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        describe(title, description, now);
    }

    void describe(String title, @Nullable String description, Instant now) {
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
