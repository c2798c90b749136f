/**
 * Cross-cutting technical setup: security, web configuration, locale, clock and the cluster-wide
 * scheduler lock. Business modules do not depend on it; it wires Spring beans they merely use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Infrastructure")
@org.jspecify.annotations.NullMarked
package ru.masterskaya.infrastructure;
