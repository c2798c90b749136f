package ru.masterskaya.matching.offer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * A form or a kind of mentoring an offer may name. Offers of past years keep pointing at it, so an
 * option is never deleted: an administrator renames or deactivates it.
 */
@Entity
@Table(name = "mentoring_option")
public class MentoringOption {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private MentoringDimension dimension;

    private String name;

    private boolean active;

    private int sortOrder;

    @Version
    private long version;

    protected MentoringOption() {}

    MentoringOption(MentoringDimension dimension, String name, int sortOrder) {
        this.id = UUID.randomUUID();
        this.dimension = dimension;
        this.name = name;
        this.active = true;
        this.sortOrder = sortOrder;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public UUID getId() {
        return id;
    }

    public MentoringDimension getDimension() {
        return dimension;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
