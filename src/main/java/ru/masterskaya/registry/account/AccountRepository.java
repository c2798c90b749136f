package ru.masterskaya.registry.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, UUID> {

    @EntityGraph(attributePaths = {"person", "person.organisation", "roles"})
    Optional<Account> findByUsername(String username);

    @EntityGraph(attributePaths = {"person", "person.organisation", "roles"})
    Optional<Account> findByPersonId(UUID personId);

    @EntityGraph(attributePaths = {"person", "person.organisation", "roles"})
    List<Account> findAllByOrderByUsername();
}
