package ru.masterskaya.infrastructure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Settings of the whole application: its public address, used in e-mailed links, and its time zone. */
@Validated
@ConfigurationProperties("masterskaya")
public record MasterskayaProperties(@NotBlank String baseUrl, @NotNull @DefaultValue("Europe/Moscow") ZoneId timeZone) {}
