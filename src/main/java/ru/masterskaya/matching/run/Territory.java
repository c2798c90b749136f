package ru.masterskaya.matching.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import ru.masterskaya.registry.RegistryScope;

/**
 * The territory a run covers, kept as text so that runs and decisions of one coordinator's territory
 * find each other: {@code *} for everything, otherwise the sorted regions and municipalities.
 */
public record Territory(String key) {

    private static final String EVERYTHING = "*";

    /** The territory a coordinator manages; an organisation-only scope has none. */
    public static Territory of(RegistryScope scope) {
        if (scope.everything()) {
            return new Territory(EVERYTHING);
        }
        List<String> parts = new ArrayList<>();
        scope.regionIds().forEach(id -> parts.add("R:" + id));
        scope.municipalityIds().forEach(id -> parts.add("M:" + id));
        parts.sort(null);
        return new Territory(String.join(",", parts));
    }

    public RegistryScope scope() {
        if (key.equals(EVERYTHING)) {
            return RegistryScope.EVERYTHING;
        }
        Set<UUID> regions = new HashSet<>();
        Set<UUID> municipalities = new HashSet<>();
        for (String part : key.split(",")) {
            if (part.startsWith("R:")) {
                regions.add(UUID.fromString(part.substring(2)));
            } else if (part.startsWith("M:")) {
                municipalities.add(UUID.fromString(part.substring(2)));
            }
        }
        return new RegistryScope(false, Set.copyOf(regions), Set.copyOf(municipalities), Set.of());
    }
}
