package ru.masterskaya.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PersonRepository extends JpaRepository<Person, UUID>, JpaSpecificationExecutor<Person> {

    @Override
    @EntityGraph(attributePaths = {"organisation", "organisation.type", "organisation.municipality"})
    Page<Person> findAll(Specification<Person> specification, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = {"organisation", "organisation.type", "organisation.municipality"})
    List<Person> findAll(Specification<Person> specification, Sort sort);

    @EntityGraph(attributePaths = {"organisation", "organisation.type", "organisation.municipality", "organisation.municipality.region"})
    Optional<Person> findWithOrganisationById(UUID id);

    Optional<Person> findByEmail(String email);

    @EntityGraph(attributePaths = {"organisation", "organisation.municipality", "organisation.municipality.region"})
    List<Person> findByEmailIn(Collection<String> emails);

    @EntityGraph(attributePaths = {"organisation", "organisation.municipality", "organisation.municipality.region"})
    List<Person> findWithOrganisationByIdIn(Collection<UUID> ids);

    @EntityGraph(attributePaths = {"organisation"})
    List<Person> findBySearchNameIn(Collection<String> searchNames);

    long countByOrganisationId(UUID organisationId);

    /** People with any of the (normalised) e-mails, in whatever organisation, looked up in slices. */
    default List<Person> findAllByEmails(Collection<String> emails) {
        return InClauseChunks.query(emails, this::findByEmailIn);
    }

    default List<Person> findAllWithOrganisationByIds(Collection<UUID> ids) {
        return InClauseChunks.query(ids, this::findWithOrganisationByIdIn);
    }

    /** People whose normalised full name («иванов иван иванович») is one of the given ones. */
    default List<Person> findAllBySearchNames(Collection<String> searchNames) {
        return InClauseChunks.query(searchNames, this::findBySearchNameIn);
    }
}
