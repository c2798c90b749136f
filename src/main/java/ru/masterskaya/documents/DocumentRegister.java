package ru.masterskaya.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.documents.template.DocumentTemplates;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.RegistryScope;

/**
 * The register of documents: what a user may see of it, and the steps a coordinator takes — issue
 * with the next number, revoke with a reason, re-issue under a new number.
 * Documents outside the caller's scope read as not found.
 */
@Service
@Transactional(readOnly = true)
public class DocumentRegister {

    static final String AUTOMATIC = "автоматически";

    private static final Comparator<Document> REGISTER_ORDER = Comparator.comparing(Document::getKind)
            .thenComparing(document -> document.getNumber() == null ? "\uffff" : document.getNumber())
            .thenComparing(document -> document.getHolderName().full());

    private final DocumentRepository documents;
    private final DocumentNumbering numbering;
    private final DocumentTemplates templates;
    private final Clock clock;

    DocumentRegister(DocumentRepository documents, DocumentNumbering numbering, DocumentTemplates templates, Clock clock) {
        this.documents = documents;
        this.numbering = numbering;
        this.templates = templates;
        this.clock = clock;
    }

    public List<Document> list(DocumentFilter filter, RegistryScope scope) {
        return documents.findAll(filter.specification().and(DocumentAccess.readable(scope))).stream().sorted(REGISTER_ORDER).toList();
    }

    /** How many documents of the year in the scope are in the status, counted by the database. */
    public long count(AcademicYear year, DocumentStatus status, RegistryScope scope) {
        return documents.count(new DocumentFilter(year, null, status, null, null).specification().and(DocumentAccess.readable(scope)));
    }

    public Document get(UUID id, RegistryScope scope) {
        return documents.findById(id).filter(document -> DocumentAccess.reads(scope, document))
                .orElseThrow(() -> new DocumentNotFoundException(id));
    }

    public List<Document> get(Collection<UUID> ids, RegistryScope scope) {
        return ids.stream().distinct().map(id -> get(id, scope)).sorted(REGISTER_ORDER).toList();
    }

    /** The holder's own documents, newest first; drafts are not theirs to see yet. */
    public List<Document> mine(CurrentUser user) {
        return documents.findByHolderPersonIdAndStatusNotOrderByIssuedOnDesc(user.personId().value(), DocumentStatus.DRAFT);
    }

    public Document own(UUID id, CurrentUser user) {
        return documents.findById(id).filter(document -> DocumentAccess.holds(user, document))
                .orElseThrow(() -> new DocumentNotFoundException(id));
    }

    @Transactional
    public Document issue(UUID id, RegistryScope scope, String by) {
        Document document = managed(id, scope);
        issue(document, by);
        return document;
    }

    @Transactional
    public List<Document> issueAll(Collection<UUID> ids, RegistryScope scope, String by) {
        List<Document> drafts = ids.stream().distinct().map(id -> managed(id, scope))
                .filter(document -> document.getStatus() == DocumentStatus.DRAFT)
                .sorted(Comparator.comparing(Document::getKind).thenComparing(document -> document.getHolderName().full()))
                .toList();
        for (Document draft : drafts) {
            issue(draft, by);
        }
        return drafts;
    }

    @Transactional
    public Document revoke(UUID id, String reason, RegistryScope scope, String by) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A revocation needs a reason");
        }
        Document document = managed(id, scope);
        document.revoke(reason, today(), by);
        return document;
    }

    /** A new document with the same content and a new number; the old one stays in the register as superseded. */
    @Transactional
    public Document reissue(UUID id, RegistryScope scope, String by) {
        Document old = managed(id, scope);
        if (!old.getStatus().isIssuedOnce() || old.getStatus() == DocumentStatus.SUPERSEDED) {
            throw new DocumentNotInThatState(id, old.getStatus());
        }
        Document successor = documents.save(old.successor(clock.instant()));
        old.supersede(successor, today(), by);
        issue(successor, by);
        return successor;
    }

    void issue(Document document, String by) {
        document.issue(numbering.next(document.getKind(), document.getAcademicYear()),
                templates.current(document.getKind(), document.templateOwner()).getId(), today(), by);
    }

    private Document managed(UUID id, RegistryScope scope) {
        return documents.findById(id).filter(document -> DocumentAccess.manages(scope, document))
                .orElseThrow(() -> new DocumentNotFoundException(id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
