package ru.masterskaya.practice;

import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * One side of a pair with where they worked when the pair was formed, kept on the pair so that the
 * scope of an institution coordinator or a coordinator is one indexed condition.
 */
@Embeddable
public record PairParty(UUID personId, UUID organisationId, UUID municipalityId, UUID regionId) {}
