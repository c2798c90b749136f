package ru.masterskaya.registry.importing;

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
import org.springframework.data.domain.Persistable;

/**
 * An uploaded file that passed its check, kept in the database between the preview and the
 * confirmation so that any node can apply it. Only the account that uploaded it may see it.
 */
@Entity
@Table(name = "import_upload")
class ImportUpload implements Persistable<UUID> {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private ImportKind kind;

    private String uploadedBy;

    private Instant uploadedAt;

    private String fileName;

    /** Plain {@code byte[]}: BYTEA on PostgreSQL, BINARY VARYING on H2; a {@code @Lob} would expect an OID. */
    private byte[] content;

    /** Ids are assigned here, so saving must not first look the row up. */
    @Transient
    private boolean fresh = true;

    protected ImportUpload() {}

    ImportUpload(ImportKind kind, String uploadedBy, Instant uploadedAt, UploadedFile file) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.fileName = file.name();
        this.content = file.content();
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

    UploadedFile file() {
        return new UploadedFile(fileName, content);
    }

    String fileName() {
        return fileName;
    }
}
