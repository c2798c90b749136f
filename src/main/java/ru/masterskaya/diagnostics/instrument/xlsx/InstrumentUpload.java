package ru.masterskaya.diagnostics.instrument.xlsx;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * An uploaded instrument file kept between its preview and its confirmation, so that whichever
 * node gets the confirmation can apply it. The target is the instrument whose items it replaces,
 * or none for a new instrument. Only the account that uploaded it may see it.
 */
@Entity
@Table(name = "diagnosis_upload")
class InstrumentUpload implements Persistable<UUID> {

    static final String KIND = "INSTRUMENT";

    @Id
    private UUID id;

    private String kind;

    private @Nullable UUID targetId;

    private String uploadedBy;

    private Instant uploadedAt;

    private String fileName;

    /** Plain {@code byte[]}: BYTEA on PostgreSQL, BINARY VARYING on H2; a {@code @Lob} would expect an OID. */
    private byte[] content;

    /** Ids are assigned here, so saving must not first look the row up. */
    @Transient
    private boolean fresh = true;

    protected InstrumentUpload() {}

    InstrumentUpload(@Nullable UUID targetId, String uploadedBy, Instant uploadedAt, String fileName, byte[] content) {
        this.id = UUID.randomUUID();
        this.kind = KIND;
        this.targetId = targetId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.fileName = fileName;
        this.content = content.clone();
    }

    @PostLoad
    @PostPersist
    void markStored() {
        fresh = false;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @Nullable UUID targetId() {
        return targetId;
    }

    String fileName() {
        return fileName;
    }

    byte[] content() {
        return content.clone();
    }
}
