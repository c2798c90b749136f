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
import org.springframework.data.jpa.repository.Query;

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

    /*
     * The bulk lookups of imports read the person table alone: joined to organisations, a query
     * planned without fresh statistics (as after a bulk insert) can walk every organisation's staff
     * and compare each row with a thousand parameters. Organisations come from the persistence
     * context, where the import has already loaded those in the user's scope.
     */

    @Query("select person from Person person where person.email in :emails")
    List<Person> findEmailHolders(Collection<String> emails);

    @Query("select person from Person person where person.organisation.id in :organisationIds and person.searchName in :searchNames")
    List<Person> findBySearchNames(Collection<UUID> organisationIds, Collection<String> searchNames);

    long countByOrganisationId(UUID organisationId);

    /** People with any of the (normalised) e-mails, in whatever organisation, looked up in slices. */
    default List<Person> findAllByEmails(Collection<String> emails) {
        return InClauseChunks.query(emails, this::findEmailHolders);
    }

    default List<Person> findAllByIds(Collection<UUID> ids) {
        return InClauseChunks.query(ids, this::findAllById);
    }

    /** People of the organisations whose normalised full name («иванов иван иванович») is one of the given ones. */
    default List<Person> findNamesakes(Collection<UUID> organisationIds, Collection<String> searchNames) {
        return InClauseChunks.query(searchNames, names -> findBySearchNames(organisationIds, names));
    }
}
