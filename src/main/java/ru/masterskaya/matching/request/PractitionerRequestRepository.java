package ru.masterskaya.matching.request;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PractitionerRequestRepository extends JpaRepository<PractitionerRequest, UUID> {

    List<PractitionerRequest> findByAcademicYear(int academicYear);

    Optional<PractitionerRequest> findByAcademicYearAndPersonId(int academicYear, UUID personId);
}
