package ru.masterskaya.registry;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

@Validated
@ConfigurationProperties("masterskaya.registry")
public record RegistryProperties(@Min(1) int maxImportRows) {}
