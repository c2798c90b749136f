package ru.masterskaya.notifications.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.notifications.DigestFrequency;
import ru.masterskaya.notifications.DigestPreferences;
import ru.masterskaya.notifications.InAppNotification;
import ru.masterskaya.notifications.NotificationOwners;
import ru.masterskaya.notifications.Notifications;

/**
 * The bell in the header (refreshed by htmx), the list of one's own notifications, which marks
 * those shown as read, and the digest frequency. Nobody reaches another person's notification.
 */
@Controller
class NotificationsController {

    private static final int SHOWN = 100;

    private final Notifications notifications;
    private final DigestPreferences digests;
    private final NotificationOwners owners;
    private final Clock clock;

    NotificationsController(Notifications notifications, DigestPreferences digests, NotificationOwners owners, Clock clock) {
        this.notifications = notifications;
        this.digests = digests;
        this.owners = owners;
        this.clock = clock;
    }

    @GetMapping("/notifications/bell")
    String bell(Authentication authentication, Model model) {
        model.addAttribute("unread", notifications.unreadCount(owner(authentication)));
        return "notifications/bell :: bell";
    }

    @GetMapping("/notifications")
    String list(Authentication authentication, Model model) {
        UUID owner = owner(authentication);
        List<InAppNotification> shown = notifications.latest(owner, SHOWN);
        notifications.markRead(owner, shown.stream().filter(notification -> !notification.read()).map(InAppNotification::id).toList());
        model.addAttribute("notifications", shown);
        if (!model.containsAttribute("digest")) {
            model.addAttribute("digest", new DigestFormData(digests.frequencyOf(owner)));
        }
        model.addAttribute("frequencies", DigestFrequency.values());
        model.addAttribute("zone", clock.getZone());
        return "notifications/list";
    }

    /** Follows a notification's link, marking it read; another person's notification reads as not found. */
    @GetMapping("/notifications/{id}")
    String open(@PathVariable UUID id, Authentication authentication) {
        InAppNotification notification = notifications.open(owner(authentication), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:" + (notification.link() == null ? "/notifications" : notification.link());
    }

    @PostMapping("/notifications/digest")
    String changeDigest(@Valid @ModelAttribute("digest") DigestFormData form, BindingResult errors, Authentication authentication,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors() || form.frequency() == null) {
            UUID owner = owner(authentication);
            model.addAttribute("notifications", notifications.latest(owner, SHOWN));
            model.addAttribute("frequencies", DigestFrequency.values());
            model.addAttribute("zone", clock.getZone());
            return "notifications/list";
        }
        digests.change(owner(authentication), form.frequency());
        redirect.addFlashAttribute("message", "digest.saved");
        return "redirect:/notifications";
    }

    private UUID owner(Authentication authentication) {
        return owners.ownerOf(authentication).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
