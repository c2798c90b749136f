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

public interface OrganisationRepository extends JpaRepository<Organisation, UUID>, JpaSpecificationExecutor<Organisation> {

    @Override
    @EntityGraph(attributePaths = {"type", "municipality", "municipality.region"})
    Page<Organisation> findAll(Specification<Organisation> specification, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = {"type", "municipality", "municipality.region"})
    List<Organisation> findAll(Specification<Organisation> specification, Sort sort);

    @EntityGraph(attributePaths = {"type", "municipality", "municipality.region"})
    Optional<Organisation> findWithDetailsById(UUID id);

    List<Organisation> findByMunicipalityIdAndShortNameIgnoreCase(UUID municipalityId, String shortName);

    long countByTypeCode(String typeCode);

    List<Organisation> findByInnIn(Collection<String> inns);

    @EntityGraph(attributePaths = {"type", "municipality", "municipality.region"})
    List<Organisation> findByMunicipalityIdIn(Collection<UUID> municipalityIds);

    default List<Organisation> findAllByInns(Collection<String> inns) {
        return InClauseChunks.query(inns, this::findByInnIn);
    }
}
