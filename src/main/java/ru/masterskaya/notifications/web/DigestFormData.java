package ru.masterskaya.notifications.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.notifications.DigestFrequency;

/** The digest frequency chosen on the notifications page. */
record DigestFormData(@NotNull(message = "{digest.frequency.required}") @Nullable DigestFrequency frequency) {}
