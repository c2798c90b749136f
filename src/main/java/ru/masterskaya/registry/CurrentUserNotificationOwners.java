package ru.masterskaya.registry;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import ru.masterskaya.notifications.NotificationOwners;

/** A signed-in user reads the notifications of the person their account belongs to. */
@Component
class CurrentUserNotificationOwners implements NotificationOwners {

    @Override
    public Optional<UUID> ownerOf(Authentication authentication) {
        return authentication.getPrincipal() instanceof CurrentUser user ? Optional.of(user.personId().value()) : Optional.empty();
    }
}
