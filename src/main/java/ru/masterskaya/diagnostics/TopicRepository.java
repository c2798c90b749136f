package ru.masterskaya.diagnostics;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TopicRepository extends JpaRepository<Topic, UUID> {

    List<Topic> findAllByOrderBySortOrderAscNameAsc();

    @Query("select coalesce(max(t.sortOrder), 0) from Topic t where t.blockCode = :block")
    int lastSortOrderIn(TopicBlock block);
}
