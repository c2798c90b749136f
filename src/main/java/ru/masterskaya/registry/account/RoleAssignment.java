package ru.masterskaya.registry.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.ScopedRole;

/** One role of an account in its scope; a row of {@code role_grant}. */
@Entity
@Table(name = "role_grant")
public class RoleAssignment {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    private Role role;

    private @Nullable UUID regionId;

    private @Nullable UUID municipalityId;

    private @Nullable UUID organisationId;

    protected RoleAssignment() {}

    RoleAssignment(Account account, ScopedRole scopedRole) {
        this.id = UUID.randomUUID();
        this.account = account;
        this.role = scopedRole.role();
        this.regionId = scopedRole.regionId();
        this.municipalityId = scopedRole.municipalityId();
        this.organisationId = scopedRole.organisationId();
    }

    public ScopedRole toScopedRole() {
        return new ScopedRole(role, regionId, municipalityId, organisationId);
    }

    public UUID getId() {
        return id;
    }

    public Role getRole() {
        return role;
    }
}
