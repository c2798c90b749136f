/**
 * One-time links in reminders: {@code /p/{token}} lets a side of a pair add a journal entry without
 * logging in. The token is 256 random bits, stored as a SHA-256 hash with an expiry, and used up by
 * the entry it carries (ADR 0006 for personal links, the account module for one-time links).
 */
@org.jspecify.annotations.NullMarked
package ru.masterskaya.practice.attention.link;
