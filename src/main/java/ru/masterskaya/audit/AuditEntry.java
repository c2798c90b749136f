package ru.masterskaya.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.FieldChange;

/** One recorded change. {@code changes} holds one line per field: field, old and new value, tab-separated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Persistable<UUID> {

    @Id
    private UUID id;

    /** Ids are assigned here, so saving must not first look the row up (which would slow imports). */
    @Transient
    private boolean fresh = true;

    private Instant occurredAt;

    private String actor;

    private String subject;

    private String subjectId;

    private String subjectLabel;

    private String action;

    private @Nullable String changes;

    protected AuditEntry() {}

    AuditEntry(Instant occurredAt, String actor, String subject, String subjectId, String subjectLabel, String action, List<FieldChange> changes) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.subject = subject;
        this.subjectId = subjectId;
        this.subjectLabel = subjectLabel;
        this.action = action;
        this.changes = changes.isEmpty() ? null : String.join("\n", changes.stream().map(AuditEntry::line).toList());
    }

    private static String line(FieldChange change) {
        return change.field() + "\t" + clean(change.before()) + "\t" + clean(change.after());
    }

    private static String clean(@Nullable String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ');
    }

    public List<FieldChange> getChanges() {
        if (changes == null) {
            return List.of();
        }
        return Arrays.stream(changes.split("\n"))
                .map(line -> line.split("\t", -1))
                .map(parts -> new FieldChange(parts[0], parts[1], parts[2]))
                .toList();
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getSubjectLabel() {
        return subjectLabel;
    }

    public String getAction() {
        return action;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        fresh = false;
    }
}
