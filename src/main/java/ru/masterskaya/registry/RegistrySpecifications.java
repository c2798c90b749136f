package ru.masterskaya.registry;

import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.CriteriaBuilder;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Query building blocks shared by lists and exports, so both always agree. */
final class RegistrySpecifications {

    private RegistrySpecifications() {}

    static Specification<Person> people(PeopleFilter filter, RegistryScope scope, int year) {
        return (root, query, cb) -> {
            Join<Person, Organisation> organisation = root.join("organisation");
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(inScope(organisation, scope, cb));
            for (String word : SearchText.words(filter.query() == null ? "" : filter.query())) {
                predicates.add(cb.like(root.get("searchName"), "%" + escape(word) + "%", '\\'));
            }
            if (filter.municipalityId() != null) {
                predicates.add(cb.equal(organisation.get("municipality").get("id"), filter.municipalityId()));
            }
            if (filter.organisationId() != null) {
                predicates.add(cb.equal(organisation.get("id"), filter.organisationId()));
            }
            if (filter.typeCode() != null) {
                predicates.add(cb.equal(organisation.get("type").get("code"), filter.typeCode()));
            }
            if (filter.category() != null) {
                predicates.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.active() != null) {
                predicates.add(cb.equal(root.get("active"), filter.active()));
            }
            if (filter.youngSpecialistsOnly()) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("birthYear"), YoungSpecialistPolicy.earliestBirthYear(year)));
                predicates.add(cb.greaterThanOrEqualTo(
                        root.get("experienceSinceYear"), YoungSpecialistPolicy.earliestExperienceStart(year)));
                predicates.add(cb.lessThanOrEqualTo(root.get("experienceSinceYear"), year));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    static Specification<Organisation> organisations(OrganisationFilter filter, RegistryScope scope) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(inScope(root, scope, cb));
            for (String word : SearchText.words(filter.query() == null ? "" : filter.query())) {
                predicates.add(cb.like(root.get("searchName"), "%" + escape(word) + "%", '\\'));
            }
            if (filter.municipalityId() != null) {
                predicates.add(cb.equal(root.get("municipality").get("id"), filter.municipalityId()));
            }
            if (filter.typeCode() != null) {
                predicates.add(cb.equal(root.get("type").get("code"), filter.typeCode()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static Predicate inScope(From<?, Organisation> organisation, RegistryScope scope, CriteriaBuilder cb) {
        if (scope.everything()) {
            return cb.conjunction();
        }
        List<Predicate> any = new ArrayList<>();
        if (!scope.organisationIds().isEmpty()) {
            any.add(organisation.get("id").in(scope.organisationIds()));
        }
        if (!scope.municipalityIds().isEmpty()) {
            any.add(organisation.get("municipality").get("id").in(scope.municipalityIds()));
        }
        if (!scope.regionIds().isEmpty()) {
            any.add(organisation.get("municipality").get("region").get("id").in(scope.regionIds()));
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
