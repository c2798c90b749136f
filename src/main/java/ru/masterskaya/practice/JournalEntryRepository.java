package ru.masterskaya.practice;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JournalEntryRepository extends JpaRepository<JournalEntry, UUID> {

    List<JournalEntry> findByPairIdOrderByOccurredOnDescCreatedAtDesc(UUID pairId);
}
