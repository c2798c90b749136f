package ru.masterskaya.documents.template;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.documents.DocumentKind;

/**
 * One version of the template of a kind, in the chain of its owner (a municipality, a region or the
 * shared one). A version is never changed: editing saves the next version, and a document keeps the
 * id of the version it was issued with, so it renders as issued.
 */
@Entity
@Table(name = "document_template")
public class DocumentTemplate {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    /** {@link TemplateOwner#key()}: whose chain of versions this one belongs to. */
    private String ownerKey;

    private int versionNumber;

    private String title;

    private String issuerName;

    private String preamble;

    private String body;

    private @Nullable String closing;

    private String accentColour;

    /** Plain {@code byte[]}: BYTEA on PostgreSQL, BINARY VARYING on H2. */
    private byte @Nullable [] logo;

    private @Nullable String signer1Position;
    private @Nullable String signer1Name;
    private byte @Nullable [] signer1Facsimile;
    private @Nullable String signer2Position;
    private @Nullable String signer2Name;
    private byte @Nullable [] signer2Facsimile;
    private @Nullable String signer3Position;
    private @Nullable String signer3Name;
    private byte @Nullable [] signer3Facsimile;

    private Instant createdAt;

    private String createdBy;

    protected DocumentTemplate() {}

    DocumentTemplate(DocumentKind kind, String ownerKey, int versionNumber, TemplateParameters parameters, byte @Nullable [] logo, Instant now,
            String by) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.ownerKey = ownerKey;
        this.versionNumber = versionNumber;
        this.title = parameters.title().strip();
        this.issuerName = parameters.issuerName().strip();
        this.preamble = parameters.preamble().strip();
        this.body = parameters.body().strip();
        this.closing = parameters.closing() == null || parameters.closing().isBlank() ? null : parameters.closing().strip();
        this.accentColour = parameters.accentColour();
        this.logo = logo;
        List<Signer> signers = parameters.signers();
        if (signers.size() > 0) {
            signer1Position = signers.get(0).position();
            signer1Name = signers.get(0).name();
            signer1Facsimile = signers.get(0).facsimile();
        }
        if (signers.size() > 1) {
            signer2Position = signers.get(1).position();
            signer2Name = signers.get(1).name();
            signer2Facsimile = signers.get(1).facsimile();
        }
        if (signers.size() > 2) {
            signer3Position = signers.get(2).position();
            signer3Name = signers.get(2).name();
            signer3Facsimile = signers.get(2).facsimile();
        }
        this.createdAt = now;
        this.createdBy = by;
    }

    public UUID getId() {
        return id;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getOwnerKey() {
        return ownerKey;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public String getPreamble() {
        return preamble;
    }

    public String getBody() {
        return body;
    }

    public @Nullable String getClosing() {
        return closing;
    }

    public String getAccentColour() {
        return accentColour;
    }

    public byte @Nullable [] getLogo() {
        return logo;
    }

    public List<Signer> getSigners() {
        List<Signer> signers = new ArrayList<>();
        add(signers, signer1Position, signer1Name, signer1Facsimile);
        add(signers, signer2Position, signer2Name, signer2Facsimile);
        add(signers, signer3Position, signer3Name, signer3Facsimile);
        return signers;
    }

    private static void add(List<Signer> signers, @Nullable String position, @Nullable String name, byte @Nullable [] facsimile) {
        if (name != null && !name.isBlank()) {
            signers.add(new Signer(position == null ? "" : position, name, facsimile));
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
