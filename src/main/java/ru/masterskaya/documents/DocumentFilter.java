package ru.masterskaya.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import ru.masterskaya.calendar.AcademicYear;

/** The register's filters: year, kind, status, organisation, topic; an empty one means any. */
public record DocumentFilter(AcademicYear year, @Nullable DocumentKind kind, @Nullable DocumentStatus status,
        @Nullable UUID organisationId, @Nullable UUID topicId) {

    Specification<Document> specification() {
        return (root, query, builder) -> {
            List<jakarta.persistence.criteria.Predicate> predicates = new ArrayList<>();
            predicates.add(builder.equal(root.get("academicYear"), year.startYear()));
            if (kind != null) {
                predicates.add(builder.equal(root.get("kind"), kind));
            }
            if (status != null) {
                predicates.add(builder.equal(root.get("status"), status));
            }
            if (organisationId != null) {
                predicates.add(builder.equal(root.get("organisationId"), organisationId));
            }
            if (topicId != null) {
                predicates.add(builder.equal(root.get("topicId"), topicId));
            }
            return builder.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
