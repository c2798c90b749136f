package ru.masterskaya.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The sender address, how often the outbox is emptied and how often a failed e-mail is retried. */
@Validated
@ConfigurationProperties("masterskaya.mail")
public record MailProperties(
        @NotBlank String from,
        @NotNull Duration dispatchInterval,
        @DefaultValue("10") int maxAttempts) {}
