package ru.masterskaya.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import java.util.UUID;

/** A municipal district or city district: the usual scope of a municipal methodological centre. */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    private String name;

    @Version
    private @Nullable Long version;

    protected Municipality() {}

    public Municipality(Region region, String name) {
        this.id = UUID.randomUUID();
        this.region = region;
        this.name = name;
    }

    public UUID getId() {
        return id;
    }

    public Region getRegion() {
        return region;
    }

    public String getName() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }
}
