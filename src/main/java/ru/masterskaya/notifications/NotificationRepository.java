package ru.masterskaya.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    long countByPersonIdAndReadAtIsNull(UUID personId);

    List<Notification> findByPersonIdOrderByCreatedAtDesc(UUID personId, Limit limit);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.personId = :personId and n.readAt is null and n.id in :ids")
    int markRead(UUID personId, List<UUID> ids, Instant now);
}
