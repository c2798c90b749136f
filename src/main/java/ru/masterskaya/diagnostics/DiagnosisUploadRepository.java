package ru.masterskaya.diagnostics;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DiagnosisUploadRepository extends JpaRepository<DiagnosisUpload, UUID> {

    /** The upload if it is of this kind and this user's; anyone else's reads as absent. */
    Optional<DiagnosisUpload> findByIdAndKindAndUploadedBy(UUID id, DiagnosisUpload.Kind kind, String uploadedBy);
}
