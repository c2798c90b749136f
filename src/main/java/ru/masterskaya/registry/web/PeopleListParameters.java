package ru.masterskaya.registry.web;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import ru.masterskaya.registry.PeopleFilter;
import ru.masterskaya.registry.QualificationCategory;

/**
 * The query string of the people list: filters, sort and page, bound by Spring MVC. {@code young}
 * is a {@link Boolean} because a missing parameter cannot be bound to a primitive.
 */
public record PeopleListParameters(
        @Nullable String q,
        @Nullable UUID municipality,
        @Nullable UUID organisation,
        @Nullable String type,
        @Nullable QualificationCategory category,
        @Nullable String status,
        @Nullable Boolean young,
        @Nullable String sort,
        @Nullable String dir,
        @Nullable Integer page) {

    static final Map<String, Sort> SORTS = Map.of(
            "name", Sort.by("lastName", "firstName", "middleName"),
            "organisation", Sort.by("organisation.shortName", "lastName", "firstName"),
            "position", Sort.by("position", "lastName"),
            "category", Sort.by("category", "lastName"),
            "updated", Sort.by("updatedAt"));

    public PeopleFilter toFilter() {
        Boolean activeOnly = switch (status == null ? "active" : status) {
            case "left" -> Boolean.FALSE;
            case "all" -> null;
            default -> Boolean.TRUE;
        };
        return new PeopleFilter(q, municipality, organisation, blankToNull(type), category, activeOnly, Boolean.TRUE.equals(young));
    }

    public Sort toSort() {
        Sort chosen = SORTS.getOrDefault(sortKey(), SORTS.get("name"));
        return "desc".equals(dir) ? chosen.descending() : chosen.ascending();
    }

    public String sortKey() {
        return sort != null && SORTS.containsKey(sort) ? sort : "name";
    }

    public int pageIndex() {
        return page == null || page < 0 ? 0 : page;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
