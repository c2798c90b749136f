package ru.masterskaya.registry.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import ru.masterskaya.registry.RegistryProperties;

/** How big an import may be, as the import page and its error messages state it. */
@Component
class UploadLimits {

    private final DataSize maxFileSize;
    private final int maxRows;

    UploadLimits(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize, RegistryProperties properties) {
        this.maxFileSize = maxFileSize;
        this.maxRows = properties.maxImportRows();
    }

    long maxFileSizeMegabytes() {
        return maxFileSize.toMegabytes();
    }

    int maxRows() {
        return maxRows;
    }
}
