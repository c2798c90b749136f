package ru.masterskaya.matching.offer;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MentoringOptionRepository extends JpaRepository<MentoringOption, UUID> {

    List<MentoringOption> findAllByOrderByDimensionAscSortOrderAsc();

    boolean existsByDimensionAndNameIgnoreCaseAndIdNot(MentoringDimension dimension, String name, UUID id);
}
