package ru.masterskaya.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import java.util.UUID;

/** A subject of the Russian Federation; the widest scope a coordinator can hold. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    private UUID id;

    private String name;

    @Version
    private @Nullable Long version;

    protected Region() {}

    public Region(String name) {
        this.id = UUID.randomUUID();
        this.name = name;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }
}
