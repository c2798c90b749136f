package ru.masterskaya.registry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record OrganisationFilter(@Nullable String query, @Nullable UUID municipalityId, @Nullable String typeCode) {

    public static OrganisationFilter none() {
        return new OrganisationFilter(null, null, null);
    }
}
