package ru.masterskaya.registry.web;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import ru.masterskaya.registry.OrganisationFilter;

/** The query string of the organisation list. */
public record OrganisationListParameters(
        @Nullable String q, @Nullable UUID municipality, @Nullable String type, @Nullable String sort, @Nullable String dir, @Nullable Integer page) {

    static final Map<String, Sort> SORTS = Map.of(
            "name", Sort.by("shortName"),
            "type", Sort.by("type.sortOrder", "shortName"),
            "municipality", Sort.by("municipality.name", "shortName"));

    public OrganisationFilter toFilter() {
        return new OrganisationFilter(q, municipality, type == null || type.isBlank() ? null : type);
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
}
