package ru.masterskaya.registry.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Failed logins of one user name within the lock window; shared by every node through the database. */
@Entity
@Table(name = "login_throttle")
class LoginThrottle {

    @Id
    private String username;

    private int failures;

    private Instant firstFailureAt;

    private @Nullable Instant lockedUntil;

    protected LoginThrottle() {}

    LoginThrottle(String username, Instant now) {
        this.username = username;
        this.firstFailureAt = now;
    }

    void recordFailure(Instant now, int maxFailures, Duration lock) {
        if (firstFailureAt.plus(lock).isBefore(now)) {
            failures = 0;
            firstFailureAt = now;
        }
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lock);
        }
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    @Nullable Instant lockedUntil() {
        return lockedUntil;
    }
}
