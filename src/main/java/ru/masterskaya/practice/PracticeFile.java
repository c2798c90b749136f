package ru.masterskaya.practice;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a journal entry or to the product, kept in the database so that every node
 * serves it; the content is loaded only when the file is downloaded.
 */
@Entity
@Table(name = "practice_file")
public class PracticeFile {

    @Id
    private UUID id;

    private UUID pairId;

    private @Nullable UUID entryId;

    private UUID uploadedBy;

    private String fileName;

    private String contentType;

    private long size;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content")
    private byte[] content;

    private Instant uploadedAt;

    protected PracticeFile() {}

    public PracticeFile(UUID pairId, @Nullable UUID entryId, UUID uploadedBy, String fileName, String contentType,
            byte[] content, Instant now) {
        this.id = UUID.randomUUID();
        this.pairId = pairId;
        this.entryId = entryId;
        this.uploadedBy = uploadedBy;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content.clone();
        this.uploadedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID pairId() {
        return pairId;
    }

    public @Nullable UUID entryId() {
        return entryId;
    }

    public UUID uploadedBy() {
        return uploadedBy;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
