package ru.masterskaya.registry;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person with the roles they hold; kept in the shared session store. */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    private final UUID accountId;
    private final PersonId personId;
    private final OrganisationId organisationId;
    private final String username;
    private @Nullable String passwordHash;
    private final FullName name;
    private final List<ScopedRole> roles;
    private final boolean enabled;

    public CurrentUser(
            UUID accountId,
            PersonId personId,
            OrganisationId organisationId,
            String username,
            @Nullable String passwordHash,
            FullName name,
            List<ScopedRole> roles,
            boolean enabled) {
        this.accountId = accountId;
        this.personId = personId;
        this.organisationId = organisationId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.name = name;
        this.roles = List.copyOf(roles);
        this.enabled = enabled;
    }

    public UUID accountId() {
        return accountId;
    }

    public PersonId personId() {
        return personId;
    }

    public OrganisationId organisationId() {
        return organisationId;
    }

    public FullName name() {
        return name;
    }

    public List<ScopedRole> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.stream().anyMatch(granted -> granted.role() == role);
    }

    public RegistryScope registryScope() {
        return RegistryScope.of(roles);
    }

    /** What the user may read reports of: {@link #registryScope()} plus the territories they view as руководство. */
    public RegistryScope readingScope() {
        return RegistryScope.forReading(roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(ScopedRole::role).distinct()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser user && user.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
