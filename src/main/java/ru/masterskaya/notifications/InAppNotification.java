package ru.masterskaya.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notification as its owner reads it: the text is a message key with arguments, so it is shown in
 * the reader's language; the link, if any, is a path inside Мастерская.
 */
public record InAppNotification(UUID id, String kind, String messageKey, List<String> args, @Nullable String link,
        Instant createdAt, boolean read) {

    public InAppNotification {
        args = List.copyOf(args);
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
