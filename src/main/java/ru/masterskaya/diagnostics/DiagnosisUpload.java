package ru.masterskaya.diagnostics;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A file kept between its upload and its confirmation, so that whichever node gets the next step
 * can continue: an instrument XLSX (target: the instrument it replaces, or none for a new one) or
 * an export of form responses (target: the campaign). Only its uploader may use it; files left
 * unconfirmed are deleted after a day.
 */
@Entity
@Table(name = "diagnosis_upload")
public class DiagnosisUpload implements Persistable<UUID> {

    /** What the file is for. */
    public enum Kind {
        INSTRUMENT,
        FORMS
    }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private @Nullable UUID targetId;

    private String uploadedBy;

    private Instant uploadedAt;

    private String fileName;

    /** Plain {@code byte[]}: BYTEA on PostgreSQL, BINARY VARYING on H2; a {@code @Lob} would expect an OID. */
    private byte[] content;

    /** Ids are assigned here, so saving must not first look the row up. */
    @Transient
    private boolean fresh = true;

    protected DiagnosisUpload() {}

    public DiagnosisUpload(Kind kind, @Nullable UUID targetId, String uploadedBy, Instant uploadedAt, String fileName, byte[] content) {
        this.id = UUID.randomUUID();
        this.kind = kind;
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

    public @Nullable UUID targetId() {
        return targetId;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] content() {
        return content.clone();
    }
}
