package ru.masterskaya.audit;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log, newest first, filtered by the kind of record and by who made the change. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    /** The kinds of record the log holds, in the order the filter offers them. */
    public static final List<String> SUBJECTS = List.of(AuditTrail.PERSON, AuditTrail.ORGANISATION, AuditTrail.ROLE);

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditEntryRepository entries;

    AuditLog(AuditEntryRepository entries) {
        this.entries = entries;
    }

    public Page<AuditEntry> search(@Nullable String subject, @Nullable String actor, int page, int size) {
        return entries.findAll(filter(subject, actor), PageRequest.of(page, size, NEWEST_FIRST));
    }

    public List<String> actors() {
        return entries.findActors();
    }

    private static Specification<AuditEntry> filter(@Nullable String subject, @Nullable String actor) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (subject != null) {
                predicates.add(cb.equal(root.get("subject"), subject));
            }
            if (actor != null) {
                predicates.add(cb.equal(root.get("actor"), actor));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
