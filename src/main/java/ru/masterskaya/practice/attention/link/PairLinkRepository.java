package ru.masterskaya.practice.attention.link;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PairLinkRepository extends JpaRepository<PairLink, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select link from PairLink link where link.tokenHash = :tokenHash")
    Optional<PairLink> findForUpdate(String tokenHash);
}
