package ru.masterskaya.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, UUID> {

    List<OutboxMessage> findBySentAtIsNullAndNextAttemptAtLessThanEqualAndAttemptsLessThanOrderByCreatedAt(
            Instant now, int maxAttempts, Limit limit);

    List<OutboxMessage> findByFailedAtIsNotNullOrderByFailedAtDesc(Limit limit);

    long countByFailedAtIsNotNull();
}
