package ru.masterskaya.notifications;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;

/**
 * Whose notifications a signed-in user reads. The registry knows its users and depends on this
 * module, so it answers through this interface rather than this module depending on it.
 */
public interface NotificationOwners {

    /** The person id of the signed-in user, or empty if the authentication is not a person's. */
    Optional<UUID> ownerOf(Authentication authentication);
}
