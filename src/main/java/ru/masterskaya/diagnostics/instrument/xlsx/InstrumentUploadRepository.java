package ru.masterskaya.diagnostics.instrument.xlsx;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstrumentUploadRepository extends JpaRepository<InstrumentUpload, UUID> {

    Optional<InstrumentUpload> findByIdAndKindAndUploadedBy(UUID id, String kind, String uploadedBy);
}
