package ru.masterskaya.practice.attention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import ru.masterskaya.registry.RegistryScope;

/**
 * The SQL condition for the pairs a scope covers, over the sides' organisation, municipality and
 * region kept on {@code practice_pair} (alias {@code p}); the same rule as {@code PairAccess}.
 */
public record ScopeCondition(String sql, List<Object> parameters) {

    public static ScopeCondition of(RegistryScope scope) {
        if (scope.everything()) {
            return new ScopeCondition("1 = 1", List.of());
        }
        List<String> any = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (String side : List.of("practitioner", "master")) {
            in(any, parameters, "p." + side + "_organisation_id", scope.organisationIds());
            in(any, parameters, "p." + side + "_municipality_id", scope.municipalityIds());
            in(any, parameters, "p." + side + "_region_id", scope.regionIds());
        }
        return any.isEmpty() ? new ScopeCondition("1 = 0", List.of()) : new ScopeCondition("(" + String.join(" OR ", any) + ")", parameters);
    }

    private static void in(List<String> any, List<Object> parameters, String column, Set<UUID> ids) {
        if (!ids.isEmpty()) {
            any.add(column + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")");
            parameters.addAll(ids);
        }
    }
}
