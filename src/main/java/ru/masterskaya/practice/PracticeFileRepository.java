package ru.masterskaya.practice;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PracticeFileRepository extends JpaRepository<PracticeFile, UUID> {

    List<PracticeFile> findByPairIdOrderByUploadedAt(UUID pairId);

    /** The files of a pair without their content, for listing them on the pair page. */
    @Query("""
            SELECT new ru.masterskaya.practice.PracticeFileRepository$Listed(f.id, f.entryId, f.fileName, f.size)
            FROM PracticeFile f WHERE f.pairId = :pairId ORDER BY f.uploadedAt""")
    List<Listed> listed(UUID pairId);

    record Listed(UUID id, @Nullable UUID entryId, String fileName, long size) {}
}
