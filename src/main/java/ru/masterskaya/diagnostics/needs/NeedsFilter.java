package ru.masterskaya.diagnostics.needs;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Narrows the needs to one organisation type and/or one organisation; empty means everyone the user sees. */
public record NeedsFilter(@Nullable String organisationType, @Nullable UUID organisationId) {

    public static final NeedsFilter NONE = new NeedsFilter(null, null);

    public NeedsFilter {
        organisationType = organisationType == null || organisationType.isBlank() ? null : organisationType;
    }

    public boolean accepts(UUID organisation, String type) {
        return (organisationType == null || organisationType.equals(type)) && (organisationId == null || organisationId.equals(organisation));
    }

    public boolean isEmpty() {
        return organisationType == null && organisationId == null;
    }
}
