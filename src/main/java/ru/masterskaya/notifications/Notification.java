package ru.masterskaya.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/** One in-app notification of one person, stored until read and beyond, so the list shows history. */
@Entity
@Table(name = "notification")
class Notification implements Persistable<UUID> {

    /** Arguments are short texts (names, dates); a unit separator keeps them apart in one column. */
    private static final String SEPARATOR = "\u001F";

    @Id
    private UUID id;

    @Transient
    private boolean fresh = true;

    private UUID personId;

    private String kind;

    private String messageKey;

    private String args;

    private @Nullable String link;

    private Instant createdAt;

    private @Nullable Instant readAt;

    protected Notification() {}

    Notification(UUID personId, String kind, String messageKey, List<String> args, @Nullable String link, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = String.join(SEPARATOR, args);
        this.link = link;
        this.createdAt = now;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    boolean isOwnedBy(UUID person) {
        return personId.equals(person);
    }

    @Nullable String getLink() {
        return link;
    }

    InAppNotification view() {
        List<String> arguments = args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
        return new InAppNotification(id, kind, messageKey, arguments, link, createdAt, readAt != null);
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
