package ru.masterskaya.practice;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface PracticePairRepository extends JpaRepository<PracticePair, UUID>, JpaSpecificationExecutor<PracticePair> {

    @Query("""
            SELECT p FROM PracticePair p
            WHERE p.academicYear = :year AND (p.practitioner.personId = :personId OR p.master.personId = :personId)
            ORDER BY p.createdAt DESC""")
    List<PracticePair> withSide(UUID personId, int year);

    @Query("""
            SELECT COUNT(p) > 0 FROM PracticePair p
            WHERE p.academicYear = :year AND p.practitioner.personId = :practitionerId AND p.master.personId = :masterId
              AND p.topicId = :topicId AND p.status NOT IN (ru.masterskaya.practice.PairStatus.DECLINED,
                  ru.masterskaya.practice.PairStatus.ENDED_EARLY)""")
    boolean existsLive(int year, UUID practitionerId, UUID masterId, UUID topicId);

    @Query("""
            SELECT p.practitioner.personId AS practitionerId, p.master.personId AS masterId, p.status AS status
            FROM PracticePair p WHERE p.academicYear = :year""")
    List<SidesAndStatus> sidesOfYear(int year);

    @Query("""
            SELECT p.practitioner.personId AS practitionerId, p.master.personId AS masterId, p.status AS status
            FROM PracticePair p WHERE p.academicYear = :year AND (p.practitioner.personId = :personId OR p.master.personId = :personId)""")
    List<SidesAndStatus> sidesOfYearWith(UUID personId, int year);

    interface SidesAndStatus {
        UUID getPractitionerId();

        UUID getMasterId();

        PairStatus getStatus();
    }
}
