package ru.masterskaya.matching.offer;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.matching.MeetingFormat;

/** What a coordinator sets in an offer; percents of the topics are looked up, never typed. */
public record OfferParameters(UUID personId, Set<UUID> topicIds, int capacity, int yearlyCap, MeetingFormat format,
        Set<UUID> municipalityIds, Set<UUID> organisationIds, Set<UUID> mentoringIds, @Nullable String basisNumber,
        @Nullable LocalDate basisDate) {}
