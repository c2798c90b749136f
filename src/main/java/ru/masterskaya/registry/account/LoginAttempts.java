package ru.masterskaya.registry.account;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.registry.SecurityProperties;

/**
 * Throttles password guessing: after {@code maxLoginFailures} wrong passwords for one user name
 * within the lock period, that name is locked for the period, on every node.
 */
@Component
class LoginAttempts {

    private final LoginThrottleRepository throttles;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttempts(LoginThrottleRepository throttles, SecurityProperties properties, Clock clock) {
        this.throttles = throttles;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isLocked(String username) {
        return throttles.findById(username).filter(throttle -> throttle.isLockedAt(clock.instant())).isPresent();
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = normalize(event.getAuthentication().getName());
        LoginThrottle throttle = throttles.findById(username).orElseGet(() -> new LoginThrottle(username, clock.instant()));
        throttle.recordFailure(clock.instant(), properties.maxLoginFailures(), properties.loginLock());
        throttles.save(throttle);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onSuccess(AuthenticationSuccessEvent event) {
        throttles.deleteById(normalize(event.getAuthentication().getName()));
    }

    /** Lifts a lock, as after the owner of the address has proved it by resetting the password. */
    @Transactional
    void forget(String username) {
        throttles.deleteById(normalize(username));
    }

    private static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
