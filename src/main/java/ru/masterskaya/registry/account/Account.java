package ru.masterskaya.registry.account;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.ScopedRole;

/**
 * The login of a person: the e-mail as user name, a password hash (none until the invitation is
 * accepted) and the roles the person holds.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private String username;

    private @Nullable String passwordHash;

    private boolean enabled;

    @Version
    private @Nullable Long version;

    private Instant createdAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoleAssignment> roles = new ArrayList<>();

    protected Account() {}

    public Account(Person person, Instant now) {
        this.id = UUID.randomUUID();
        this.person = person;
        this.username = person.getEmail();
        this.enabled = true;
        this.createdAt = now;
    }

    /** Adds the role unless the account already holds it in the same scope. */
    public boolean grant(ScopedRole role) {
        if (holds(role)) {
            return false;
        }
        roles.add(new RoleAssignment(this, role));
        return true;
    }

    public Optional<ScopedRole> revoke(UUID assignmentId) {
        Optional<RoleAssignment> assignment = roles.stream().filter(r -> r.getId().equals(assignmentId)).findFirst();
        assignment.ifPresent(roles::remove);
        return assignment.map(RoleAssignment::toScopedRole);
    }

    public boolean holds(ScopedRole role) {
        return roles.stream().anyMatch(r -> r.toScopedRole().equals(role));
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** Keeps the login in step with the person's e-mail. */
    public void followEmail() {
        this.username = person.getEmail();
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(
                id,
                person.id(),
                person.getOrganisation().id(),
                username,
                passwordHash,
                person.getFullName(),
                roles.stream().map(RoleAssignment::toScopedRole).toList(),
                enabled && person.isActive());
    }

    public UUID getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public String getUsername() {
        return username;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<RoleAssignment> getRoles() {
        return List.copyOf(roles);
    }
}
