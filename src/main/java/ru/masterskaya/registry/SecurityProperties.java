package ru.masterskaya.registry;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Login throttling, the lifetime of one-time links and how often a reset link may be sent to one address. */
@Validated
@ConfigurationProperties("masterskaya.security")
public record SecurityProperties(
        @Min(1) int maxLoginFailures,
        @NotNull Duration loginLock,
        @NotNull Duration invitationValidity,
        @NotNull Duration resetValidity,
        @NotNull Duration resetRequestInterval) {}
