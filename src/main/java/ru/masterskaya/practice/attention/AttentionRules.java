package ru.masterskaya.practice.attention;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The thresholds a coordinator set for their municipality or region. */
@Entity
@Table(name = "attention_rules")
class AttentionRules {

    @Id
    private UUID territoryId;

    private int firstMeetingDays;

    private int quietDays;

    private int silentDays;

    private int overdueDays;

    private int reminderIntervalDays;

    private Instant changedAt;

    private String changedBy;

    protected AttentionRules() {}

    AttentionRules(UUID territoryId, AttentionSettings settings, Instant now, String actor) {
        this.territoryId = territoryId;
        change(settings, now, actor);
    }

    void change(AttentionSettings settings, Instant now, String actor) {
        firstMeetingDays = settings.rules().firstMeetingDays();
        quietDays = settings.rules().quietDays();
        silentDays = settings.rules().silentDays();
        overdueDays = settings.rules().overdueDays();
        reminderIntervalDays = settings.reminderIntervalDays();
        changedAt = now;
        changedBy = actor;
    }

    UUID getTerritoryId() {
        return territoryId;
    }

    AttentionSettings settings() {
        return new AttentionSettings(new HealthRules(firstMeetingDays, quietDays, silentDays, overdueDays), reminderIntervalDays);
    }
}
