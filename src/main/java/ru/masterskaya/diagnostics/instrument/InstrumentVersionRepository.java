package ru.masterskaya.diagnostics.instrument;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstrumentVersionRepository extends JpaRepository<InstrumentVersion, UUID> {

    List<InstrumentVersion> findByInstrumentIdOrderByNumberDesc(UUID instrumentId);

    Optional<InstrumentVersion> findFirstByInstrumentIdOrderByNumberDesc(UUID instrumentId);
}
