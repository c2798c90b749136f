package ru.masterskaya.practice.attention.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.practice.attention.AttentionSettings;
import ru.masterskaya.practice.attention.HealthRules;

/** A territory's thresholds as typed on the rules page; whole days. */
record AttentionRulesFormData(
        @NotNull(message = "{rules.required}") @Min(value = 1, message = "{rules.range}") @Max(value = 365, message = "{rules.range}")
        @Nullable Integer firstMeetingDays,
        @NotNull(message = "{rules.required}") @Min(value = 1, message = "{rules.range}") @Max(value = 365, message = "{rules.range}")
        @Nullable Integer quietDays,
        @NotNull(message = "{rules.required}") @Min(value = 1, message = "{rules.range}") @Max(value = 365, message = "{rules.range}")
        @Nullable Integer silentDays,
        @NotNull(message = "{rules.required}") @Min(value = 0, message = "{rules.rangeFromZero}") @Max(value = 365, message = "{rules.rangeFromZero}")
        @Nullable Integer overdueDays,
        @NotNull(message = "{rules.required}") @Min(value = 1, message = "{rules.intervalRange}") @Max(value = 90, message = "{rules.intervalRange}")
        @Nullable Integer reminderIntervalDays) {

    static AttentionRulesFormData of(AttentionSettings settings) {
        HealthRules rules = settings.rules();
        return new AttentionRulesFormData(rules.firstMeetingDays(), rules.quietDays(), rules.silentDays(), rules.overdueDays(),
                settings.reminderIntervalDays());
    }

    AttentionSettings toSettings() {
        return new AttentionSettings(new HealthRules(firstMeetingDays, quietDays, silentDays, overdueDays), reminderIntervalDays);
    }
}
