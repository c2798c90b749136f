package ru.masterskaya.notifications;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxAttachmentRepository extends JpaRepository<OutboxAttachment, UUID> {

    List<OutboxAttachment> findByMailIdOrderByPosition(UUID mailId);

    /** Which of the messages carry files, without reading the files. */
    @Query("select distinct a.mailId from OutboxAttachment a where a.mailId in :mailIds")
    Set<UUID> mailsWithAttachments(Collection<UUID> mailIds);

    @Modifying
    @Query("delete from OutboxAttachment a where a.mailId = :mailId")
    void deleteByMailId(UUID mailId);
}
