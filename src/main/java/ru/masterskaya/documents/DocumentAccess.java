package ru.masterskaya.documents;

import org.springframework.data.jpa.domain.Specification;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.RegistryScope;

/**
 * Who may do what with a document: coordinators issue and revoke in their territory, institution
 * coordinators read their organisation's documents, holders read their own issued documents.
 */
public final class DocumentAccess {

    private DocumentAccess() {}

    /** Whether the register of this user shows the document. */
    public static boolean reads(RegistryScope scope, Document document) {
        return scope.everything()
                || scope.regionIds().contains(document.getRegionId())
                || scope.municipalityIds().contains(document.getMunicipalityId())
                || scope.organisationIds().contains(document.getOrganisationId());
    }

    /** Whether this user issues, revokes and re-issues the document: only a coordinator of its territory. */
    public static boolean manages(RegistryScope scope, Document document) {
        return scope.everything()
                || scope.regionIds().contains(document.getRegionId())
                || scope.municipalityIds().contains(document.getMunicipalityId());
    }

    /** The holder sees their own documents once issued, revoked ones included, never drafts. */
    public static boolean holds(CurrentUser user, Document document) {
        return document.getHolderPersonId().equals(user.personId().value()) && document.getStatus().isIssuedOnce();
    }

    static Specification<Document> readable(RegistryScope scope) {
        return (root, query, builder) -> {
            if (scope.everything()) {
                return builder.conjunction();
            }
            var predicates = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            if (!scope.regionIds().isEmpty()) {
                predicates.add(root.get("regionId").in(scope.regionIds()));
            }
            if (!scope.municipalityIds().isEmpty()) {
                predicates.add(root.get("municipalityId").in(scope.municipalityIds()));
            }
            if (!scope.organisationIds().isEmpty()) {
                predicates.add(root.get("organisationId").in(scope.organisationIds()));
            }
            return predicates.isEmpty() ? builder.disjunction() : builder.or(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
