package ru.masterskaya.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, UUID> {

    Page<AuditEntry> findAllByOrderByOccurredAtDesc(Pageable pageable);

    Page<AuditEntry> findBySubjectOrderByOccurredAtDesc(String subject, Pageable pageable);

    List<AuditEntry> findBySubjectIdOrderByOccurredAt(String subjectId);
}
