package ru.masterskaya.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MunicipalityRepository extends JpaRepository<Municipality, UUID> {

    @EntityGraph(attributePaths = "region")
    List<Municipality> findAllByOrderByName();

    Optional<Municipality> findByRegionAndName(Region region, String name);

    boolean existsByRegionIdAndNameIgnoreCase(UUID regionId, String name);

    boolean existsByRegionIdAndNameIgnoreCaseAndIdNot(UUID regionId, String name, UUID id);
}
