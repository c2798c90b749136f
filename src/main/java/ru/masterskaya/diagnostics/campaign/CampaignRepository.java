package ru.masterskaya.diagnostics.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CampaignRepository extends JpaRepository<Campaign, UUID> {

    List<Campaign> findByAcademicYearOrderByOpensOnDescTitleAsc(int academicYear);

    List<Campaign> findAllByOrderByOpensOnDesc();

    @Query("select c from Campaign c where c.closedAt is null and c.closesOn < :today")
    List<Campaign> findOverdue(LocalDate today);

    @Query("select c from Campaign c where c.closedAt is null and c.opensOn <= :today and c.closesOn >= :today")
    List<Campaign> findOpenOn(LocalDate today);
}
