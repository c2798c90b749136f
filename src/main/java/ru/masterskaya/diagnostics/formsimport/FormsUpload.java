package ru.masterskaya.diagnostics.formsimport;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * An export of form responses kept between upload, mapping, preview and confirmation, so that any
 * node can continue; only the account that uploaded it into its campaign may use it.
 */
@Entity
@Table(name = "diagnosis_upload")
class FormsUpload implements Persistable<UUID> {

    static final String KIND = "FORMS";

    @Id
    private UUID id;

    private String kind;

    private UUID targetId;

    private String uploadedBy;

    private Instant uploadedAt;

    private String fileName;

    /** Plain {@code byte[]}: BYTEA on PostgreSQL, BINARY VARYING on H2. */
    private byte[] content;

    @Transient
    private boolean fresh = true;

    protected FormsUpload() {}

    FormsUpload(UUID campaignId, String uploadedBy, Instant uploadedAt, String fileName, byte[] content) {
        this.id = UUID.randomUUID();
        this.kind = KIND;
        this.targetId = campaignId;
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

    boolean belongsTo(UUID campaignId, String username) {
        return KIND.equals(kind) && campaignId.equals(targetId) && uploadedBy.equals(username);
    }

    String getFileName() {
        return fileName;
    }

    byte[] getContent() {
        return content.clone();
    }
}
