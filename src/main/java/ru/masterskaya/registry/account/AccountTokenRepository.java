package ru.masterskaya.registry.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t join fetch t.account where t.tokenHash = :tokenHash")
    Optional<AccountToken> findForUpdate(String tokenHash);

    @Modifying(flushAutomatically = true)
    @Query("delete from AccountToken t where t.account = :account and t.purpose = :purpose")
    void deleteByAccountAndPurpose(Account account, TokenPurpose purpose);

    boolean existsByAccountAndPurposeAndCreatedAtAfter(Account account, TokenPurpose purpose, Instant after);
}
