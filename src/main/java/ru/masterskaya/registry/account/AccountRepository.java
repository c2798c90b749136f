package ru.masterskaya.registry.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.masterskaya.registry.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AccountRepository extends JpaRepository<Account, UUID>, JpaSpecificationExecutor<Account> {

    @EntityGraph(attributePaths = {"person", "person.organisation", "roles"})
    Optional<Account> findByUsername(String username);

    @EntityGraph(attributePaths = {"person", "person.organisation", "roles"})
    Optional<Account> findByPersonId(UUID personId);

    @Query("select distinct a.person.id from Account a join a.roles r where a.enabled = true and r.role in :roles")
    List<UUID> personIdsHolding(Collection<Role> roles);

    @Query("select new ru.masterskaya.registry.account.RoleHolder(a.person.id, r.role, r.regionId, r.municipalityId, r.organisationId)"
            + " from Account a join a.roles r where a.enabled = true and r.role in :roles")
    List<RoleHolder> holdersOf(Collection<Role> roles);

    @EntityGraph(attributePaths = {"person", "person.organisation", "roles"})
    List<Account> findAllByOrderByUsername();

    @Override
    @EntityGraph(attributePaths = {"person", "person.organisation"})
    Page<Account> findAll(Specification<Account> specification, Pageable pageable);

    @EntityGraph(attributePaths = "roles")
    List<Account> findWithRolesByIdIn(Collection<UUID> ids);
}
