package ru.masterskaya.registry.account;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.SearchText;

final class AccountSpecifications {

    private AccountSpecifications() {}

    /** Every word must occur in the person's name or in the login. */
    static Specification<Account> matching(AccountFilter filter) {
        return (root, query, cb) -> {
            Join<Account, Person> person = root.join("person");
            List<Predicate> predicates = new ArrayList<>();
            for (String word : SearchText.words(filter.query() == null ? "" : filter.query())) {
                String pattern = "%" + escape(word) + "%";
                predicates.add(cb.or(
                        cb.like(person.get("searchName"), pattern, '\\'),
                        cb.like(root.get("username"), pattern, '\\')));
            }
            if (filter.role() != null) {
                Subquery<RoleAssignment> held = query.subquery(RoleAssignment.class);
                var assignment = held.from(RoleAssignment.class);
                held.select(assignment).where(
                        cb.equal(assignment.get("account"), root), cb.equal(assignment.get("role"), filter.role()));
                predicates.add(cb.exists(held));
            }
            if (filter.status() != null) {
                predicates.add(switch (filter.status()) {
                    case DISABLED -> cb.isFalse(root.get("enabled"));
                    case INVITED -> cb.and(cb.isTrue(root.get("enabled")), cb.isNull(root.get("passwordHash")));
                    case ACTIVE -> cb.and(cb.isTrue(root.get("enabled")), cb.isNotNull(root.get("passwordHash")));
                    case NONE -> cb.disjunction();
                });
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
