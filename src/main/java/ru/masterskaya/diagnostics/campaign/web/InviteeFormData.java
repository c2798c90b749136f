package ru.masterskaya.diagnostics.campaign.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.campaign.invitation.InviteeCriteria;
import ru.masterskaya.registry.PeopleFilter;
import ru.masterskaya.registry.QualificationCategory;
import ru.masterskaya.registry.Role;

/**
 * Who is invited, as the invitee part of a form fills it in: the same fields when a campaign starts
 * and when more people are invited to it later (the fragment {@code campaigns/invitees :: criteria}).
 */
class InviteeFormData {

    /** The roles worth inviting by: the people of the mentoring pairs and the deputies who run them in schools. */
    static final List<Role> INVITABLE_ROLES = List.of(Role.MASTER, Role.PRACTITIONER, Role.INSTITUTION_COORDINATOR);

    private List<UUID> organisationIds = new ArrayList<>();
    private List<String> typeCodes = new ArrayList<>();
    private List<String> positions = new ArrayList<>();
    private List<Role> roles = new ArrayList<>();

    /** Whether the people the filter below finds are invited as well. */
    private boolean byFilter;
    private @Nullable String q;
    private @Nullable UUID filterOrganisation;
    private @Nullable String filterType;
    private @Nullable QualificationCategory category;
    private boolean young;

    InviteeCriteria toCriteria() {
        PeopleFilter filter = byFilter ? new PeopleFilter(blankToNull(q), null, filterOrganisation, blankToNull(filterType), category, Boolean.TRUE, young) : null;
        return new InviteeCriteria(new HashSet<>(organisationIds), new HashSet<>(typeCodes.stream().filter(code -> !code.isBlank()).toList()),
                new HashSet<>(positions.stream().filter(position -> !position.isBlank()).map(String::strip).toList()), new HashSet<>(roles), filter);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<UUID> getOrganisationIds() { return organisationIds; }
    public void setOrganisationIds(@Nullable List<UUID> organisationIds) { this.organisationIds = organisationIds == null ? new ArrayList<>() : organisationIds; }
    public List<String> getTypeCodes() { return typeCodes; }
    public void setTypeCodes(@Nullable List<String> typeCodes) { this.typeCodes = typeCodes == null ? new ArrayList<>() : typeCodes; }
    public List<String> getPositions() { return positions; }
    public void setPositions(@Nullable List<String> positions) { this.positions = positions == null ? new ArrayList<>() : positions; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(@Nullable List<Role> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
    public boolean isByFilter() { return byFilter; }
    public void setByFilter(boolean byFilter) { this.byFilter = byFilter; }
    public @Nullable String getQ() { return q; }
    public void setQ(@Nullable String q) { this.q = q; }
    public @Nullable UUID getFilterOrganisation() { return filterOrganisation; }
    public void setFilterOrganisation(@Nullable UUID filterOrganisation) { this.filterOrganisation = filterOrganisation; }
    public @Nullable String getFilterType() { return filterType; }
    public void setFilterType(@Nullable String filterType) { this.filterType = filterType; }
    public @Nullable QualificationCategory getCategory() { return category; }
    public void setCategory(@Nullable QualificationCategory category) { this.category = category; }
    public boolean isYoung() { return young; }
    public void setYoung(boolean young) { this.young = young; }
}
