package ru.masterskaya.documents.template;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import ru.masterskaya.documents.DocumentKind;

public interface DocumentTemplateRepository extends JpaRepository<DocumentTemplate, UUID> {

    Optional<DocumentTemplate> findFirstByKindAndOwnerKeyOrderByVersionNumberDesc(DocumentKind kind, String ownerKey);

    List<DocumentTemplate> findByKindAndOwnerKeyOrderByVersionNumberDesc(DocumentKind kind, String ownerKey);
}
