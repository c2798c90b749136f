package ru.masterskaya.matching.offer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MasterOfferRepository extends JpaRepository<MasterOffer, UUID> {

    List<MasterOffer> findByAcademicYear(int academicYear);

    Optional<MasterOffer> findByAcademicYearAndPersonId(int academicYear, UUID personId);
}
