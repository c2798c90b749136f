package ru.masterskaya.registry.importing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportUploadRepository extends JpaRepository<ImportUpload, UUID> {

    Optional<ImportUpload> findByIdAndKindAndUploadedBy(UUID id, ImportKind kind, String uploadedBy);

    @Modifying
    @Query("delete from ImportUpload upload where upload.kind = :kind and upload.uploadedBy = :uploadedBy")
    void deleteByKindAndUploadedBy(ImportKind kind, String uploadedBy);

    @Modifying
    @Query("delete from ImportUpload upload where upload.uploadedAt < :before")
    int deleteByUploadedAtBefore(Instant before);
}
