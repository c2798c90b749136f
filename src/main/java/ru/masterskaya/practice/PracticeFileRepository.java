package ru.masterskaya.practice;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeFileRepository extends JpaRepository<PracticeFile, UUID> {

    List<PracticeFile> findByPairIdOrderByUploadedAt(UUID pairId);
}
