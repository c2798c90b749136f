package ru.masterskaya.notifications;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxAttachmentRepository extends JpaRepository<OutboxAttachment, UUID> {

    List<OutboxAttachment> findByMailIdOrderByPosition(UUID mailId);

    @Modifying
    @Query("delete from OutboxAttachment a where a.mailId = :mailId")
    void deleteByMailId(UUID mailId);
}
