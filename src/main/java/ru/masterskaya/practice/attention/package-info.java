/**
 * What keeps practice pairs from stalling unseen: the health rules and their per-territory
 * thresholds, the nightly health computation, reminders with an escalation ladder, digests to
 * coordinators and in-app notifications. Reads the pairs, never changes their state.
 */
@org.jspecify.annotations.NullMarked
package ru.masterskaya.practice.attention;
