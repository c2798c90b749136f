package ru.masterskaya.registry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The filters of the people list; the export uses the same filter so it holds exactly the list. */
public record PeopleFilter(
        @Nullable String query,
        @Nullable UUID municipalityId,
        @Nullable UUID organisationId,
        @Nullable String typeCode,
        @Nullable QualificationCategory category,
        @Nullable Boolean active,
        boolean youngSpecialistsOnly) {

    public static PeopleFilter none() {
        return new PeopleFilter(null, null, null, null, null, null, false);
    }
}
