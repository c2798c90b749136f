package ru.masterskaya.practice.attention.link;

import java.time.Instant;
import java.util.UUID;

/** Whom a working link speaks for: a side of a pair, until the link expires or is used. */
public record PairLinkHolder(UUID pairId, UUID personId, Instant expiresAt) {}
