/**
 * Self-diagnosis campaigns: who is invited with which instrument version and thresholds, a personal
 * link per invitee, the answers saved one by one, and the topic scores computed at submission.
 * Exposed as the «campaigns» interface for the demo data.
 */
@org.springframework.modulith.NamedInterface("campaigns")
@org.jspecify.annotations.NullMarked
package ru.masterskaya.diagnostics.campaign;
