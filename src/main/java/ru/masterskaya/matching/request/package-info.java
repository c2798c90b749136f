/**
 * Practitioners' requests: what other modules (the demo data) may use to generate requests from the
 * self-diagnosis and record a practitioner's choices through the same rules as the practitioner's page.
 */
@org.springframework.modulith.NamedInterface("requests")
@org.jspecify.annotations.NullMarked
package ru.masterskaya.matching.request;
