package ru.masterskaya.demo;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Whether to load the demo town into an empty registry, and the seed it is generated from. */
@Validated
@ConfigurationProperties("masterskaya.demo")
record DemoProperties(boolean enabled, @PositiveOrZero long seed) {}
