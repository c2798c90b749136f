package ru.masterskaya.diagnostics.formsimport;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FormsUploadRepository extends JpaRepository<FormsUpload, UUID> {}
