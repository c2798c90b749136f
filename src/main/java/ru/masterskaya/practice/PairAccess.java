package ru.masterskaya.practice;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;
import ru.masterskaya.registry.RegistryScope;

/**
 * Who may see a pair: its two sides; an institution coordinator if either side works in their
 * organisation; a coordinator if either side works in their territory; an administrator always.
 */
public final class PairAccess {

    private PairAccess() {}

    public static boolean canRead(PracticePair pair, UUID personId, RegistryScope scope) {
        return pair.sideOf(personId) != null || covers(scope, pair.practitioner()) || covers(scope, pair.master());
    }

    public static boolean covers(RegistryScope scope, PairParty party) {
        return scope.everything()
                || scope.organisationIds().contains(party.organisationId())
                || scope.municipalityIds().contains(party.municipalityId())
                || scope.regionIds().contains(party.regionId());
    }

    /** The pairs a scope covers, as a query condition (nothing for an empty scope). */
    public static Specification<PracticePair> coveredBy(RegistryScope scope) {
        return (root, query, builder) -> {
            if (scope.everything()) {
                return builder.conjunction();
            }
            List<Predicate> any = new ArrayList<>();
            for (String side : List.of("practitioner", "master")) {
                in(any, root.get(side).get("organisationId"), scope.organisationIds());
                in(any, root.get(side).get("municipalityId"), scope.municipalityIds());
                in(any, root.get(side).get("regionId"), scope.regionIds());
            }
            return any.isEmpty() ? builder.disjunction() : builder.or(any.toArray(Predicate[]::new));
        };
    }

    private static void in(List<Predicate> any, jakarta.persistence.criteria.Path<Object> path, Set<UUID> ids) {
        if (!ids.isEmpty()) {
            any.add(path.in(ids));
        }
    }
}
