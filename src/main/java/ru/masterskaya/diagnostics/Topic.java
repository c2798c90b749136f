package ru.masterskaya.diagnostics;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A topic (competence) of the catalogue that a self-diagnosis asks about; never deleted, only deactivated. */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private TopicBlock blockCode;

    private String name;

    private @Nullable String description;

    private boolean active;

    private int sortOrder;

    @Version
    private @Nullable Long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Topic() {}

    Topic(TopicParameters parameters, int sortOrder, Instant now) {
        this.id = UUID.randomUUID();
        this.active = true;
        this.sortOrder = sortOrder;
        this.createdAt = now;
        describe(parameters, now);
    }

    void describe(TopicParameters parameters, Instant now) {
        this.blockCode = parameters.block();
        this.name = parameters.name().strip();
        this.description = parameters.description() == null || parameters.description().isBlank() ? null : parameters.description().strip();
        this.updatedAt = now;
    }

    void activate(Instant now) {
        this.active = true;
        this.updatedAt = now;
    }

    void deactivate(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public TopicId id() {
        return new TopicId(id);
    }

    public UUID getId() {
        return id;
    }

    public TopicBlock getBlock() {
        return blockCode;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
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
