package ru.masterskaya.documents;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.documents.template.DocumentTemplates;

/**
 * The public check of a document by the code in its link: only what the page may show, and nothing
 * at all for a draft or an unknown code, which read the same as each other.
 */
@Service
public class Verification {

    private final DocumentRepository documents;
    private final DocumentTemplates templates;
    private final VerificationThrottle throttle;

    Verification(DocumentRepository documents, DocumentTemplates templates, VerificationThrottle throttle) {
        this.documents = documents;
        this.templates = templates;
        this.throttle = throttle;
    }

    /** Counts the request against the client's limit; false means the page should refuse it. */
    public boolean admit(String clientAddress) {
        return throttle.admit(clientAddress);
    }

    @Transactional(readOnly = true)
    public Optional<VerifiedDocument> verify(String code) {
        if (!VerificationCodes.isWellFormed(code)) {
            return Optional.empty();
        }
        return documents.findByVerificationCode(code)
                .filter(document -> document.getStatus().isIssuedOnce())
                .map(this::verified);
    }

    private VerifiedDocument verified(Document document) {
        String issuer = document.getTemplateId() == null ? "" : templates.version(document.getTemplateId()).getIssuerName();
        String successor = document.getSupersededById() == null ? null
                : documents.findById(document.getSupersededById()).map(Document::getNumber).orElse(null);
        return new VerifiedDocument(document.getNumber(), document.getKind(), document.getHolderName().initialsFirst(),
                document.getTopicName(), document.getStartedOn(), document.getCompletedOn(), document.getIssuedOn(), issuer,
                document.getStatus() == DocumentStatus.ISSUED, document.getRevokedOn(), successor);
    }

    /** What anyone holding the link learns: no e-mail, organisation, product or grade of the person. */
    public record VerifiedDocument(@Nullable String number, DocumentKind kind, String holder, String topicName, LocalDate startedOn,
            LocalDate completedOn, @Nullable LocalDate issuedOn, String issuer, boolean valid, @Nullable LocalDate invalidSince,
            @Nullable String supersededByNumber) {}
}
