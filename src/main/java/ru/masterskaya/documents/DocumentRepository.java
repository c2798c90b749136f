package ru.masterskaya.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DocumentRepository extends JpaRepository<Document, UUID>, JpaSpecificationExecutor<Document> {

    Optional<Document> findByVerificationCode(String verificationCode);

    List<Document> findByHolderPersonIdAndStatusNotOrderByIssuedOnDesc(UUID holderPersonId, DocumentStatus status);

    List<Document> findByPairId(UUID pairId);

    Optional<Document> findByNumber(String number);
}
