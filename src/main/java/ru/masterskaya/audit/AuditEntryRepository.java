package ru.masterskaya.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, UUID>, JpaSpecificationExecutor<AuditEntry> {

    Page<AuditEntry> findAllByOrderByOccurredAtDesc(Pageable pageable);

    Page<AuditEntry> findBySubjectOrderByOccurredAtDesc(String subject, Pageable pageable);

    List<AuditEntry> findBySubjectIdOrderByOccurredAt(String subjectId);

    @Query("select distinct e.actor from AuditEntry e order by e.actor")
    List<String> findActors();
}
