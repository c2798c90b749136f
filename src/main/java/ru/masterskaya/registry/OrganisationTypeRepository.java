package ru.masterskaya.registry;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationTypeRepository extends JpaRepository<OrganisationType, String> {

    List<OrganisationType> findAllByOrderBySortOrder();

    List<OrganisationType> findByActiveTrueOrderBySortOrder();

    boolean existsByNameIgnoreCaseAndCodeNot(String name, String code);
}
