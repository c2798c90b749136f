package ru.masterskaya.diagnostics.campaign;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReadinessRepository extends JpaRepository<Readiness, Readiness.Key> {

    List<Readiness> findByResponseId(UUID responseId);

    List<Readiness> findByResponseIdIn(Collection<UUID> responseIds);
}
