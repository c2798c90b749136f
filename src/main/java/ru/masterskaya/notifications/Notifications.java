package ru.masterskaya.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications (the bell in the header). Other modules notify inside their business
 * transaction, like the mail outbox; only the owner reads, opens or marks their notifications.
 */
@Service
public class Notifications {

    static final int KEY_LENGTH = 200;
    static final int LINK_LENGTH = 500;

    private final NotificationRepository notifications;
    private final Clock clock;

    Notifications(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Tells a person something in Мастерская.
     *
     * @param kind what happened, for grouping (e.g. {@code practice.reminder})
     * @param messageKey the message of the text, found in a message bundle of the calling module
     * @param link a path inside Мастерская starting with one slash, or {@code null}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(UUID personId, String kind, String messageKey, List<String> args, @Nullable String link) {
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > LINK_LENGTH)) {
            throw new IllegalArgumentException("a notification links only to a path inside Мастерская: " + link);
        }
        if (messageKey.isBlank() || messageKey.length() > KEY_LENGTH || kind.isBlank() || kind.length() > 60) {
            throw new IllegalArgumentException("a notification needs a kind and a message key");
        }
        notifications.save(new Notification(personId, kind, messageKey, args, link, clock.instant()));
    }

    @Transactional(readOnly = true)
    public long unreadCount(UUID personId) {
        return notifications.countByPersonIdAndReadAtIsNull(personId);
    }

    /** The person's latest notifications, newest first, as they were before this reading. */
    @Transactional(readOnly = true)
    public List<InAppNotification> latest(UUID personId, int limit) {
        return notifications.findByPersonIdOrderByCreatedAtDesc(personId, Limit.of(limit)).stream()
                .map(Notification::view)
                .toList();
    }

    /** Marks the given notifications of the person read; others' ids are ignored. */
    @Transactional
    public int markRead(UUID personId, List<UUID> ids) {
        return ids.isEmpty() ? 0 : notifications.markRead(personId, ids, clock.instant());
    }

    /** Opens one notification of the person: marks it read and says where it points; empty for others' notifications. */
    @Transactional
    public Optional<InAppNotification> open(UUID personId, UUID notificationId) {
        return notifications.findById(notificationId)
                .filter(notification -> notification.isOwnedBy(personId))
                .map(notification -> {
                    notification.markRead(clock.instant());
                    return notification.view();
                });
    }
}
