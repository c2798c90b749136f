package ru.masterskaya.registry.importing;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.registry.ConcurrentEditException;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.EmailAlreadyRegistered;
import ru.masterskaya.registry.OrganisationNotFoundException;
import ru.masterskaya.registry.PersonNotFoundException;
import ru.masterskaya.registry.RegistryProperties;
import ru.masterskaya.registry.RegistryScope;
import ru.masterskaya.registry.ShortNameAlreadyUsed;

/**
 * The import of a file in three steps: check it when it arrives, keep it while the user looks at
 * the preview, and on confirmation check it again against the registry as it is then and apply
 * all rows in one transaction, or none.
 */
@Service
public class RegistryImports {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryImports.class);

    private final Map<ImportKind, RowImport> imports = new EnumMap<>(ImportKind.class);
    private final ImportUploadRepository uploads;
    private final RegistryProperties properties;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final PlannerStatistics statistics;
    private final Clock clock;

    RegistryImports(
            List<RowImport> imports,
            ImportUploadRepository uploads,
            RegistryProperties properties,
            MessageSource messages,
            PlatformTransactionManager transactions,
            PlannerStatistics statistics,
            Clock clock) {
        imports.forEach(rowImport -> this.imports.put(rowImport.kind(), rowImport));
        this.uploads = uploads;
        this.properties = properties;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.statistics = statistics;
        this.clock = clock;
    }

    /** Checks a file as it arrives; nothing is kept or changed. */
    @Transactional(readOnly = true)
    public ImportCheck check(ImportKind kind, UploadedFile file, CurrentUser user, Locale locale) {
        return prepare(kind, file, user.registryScope(), locale).check();
    }

    /** Keeps a checked file until it is confirmed or cancelled; it replaces the user's earlier file of the kind. */
    @Transactional
    public UUID keep(ImportKind kind, UploadedFile file, CurrentUser user) {
        uploads.deleteByKindAndUploadedBy(kind, user.getUsername());
        return uploads.save(new ImportUpload(kind, user.getUsername(), clock.instant(), file)).getId();
    }

    @Transactional(readOnly = true)
    public ImportPreview preview(ImportKind kind, UUID uploadId, CurrentUser user, Locale locale) {
        ImportUpload upload = upload(kind, uploadId, user);
        return new ImportPreview(upload.fileName(), prepare(kind, upload.file(), user.registryScope(), locale).check());
    }

    /**
     * Checks the kept file again and, if it is still valid, applies it and forgets it, all in one
     * transaction. A change by someone else that slips in between shows as an error, not a failure.
     */
    public ImportCheck confirm(ImportKind kind, UUID uploadId, CurrentUser user, Locale locale) {
        ImportCheck check;
        try {
            check = transaction.execute(status -> {
                ImportUpload upload = upload(kind, uploadId, user);
                PreparedImport prepared = prepare(kind, upload.file(), user.registryScope(), locale);
                if (!prepared.check().hasErrors()) {
                    prepared.apply(user.registryScope(), user.getUsername());
                    uploads.delete(upload);
                }
                return prepared.check();
            });
        } catch (EmailAlreadyRegistered | ShortNameAlreadyUsed | ConcurrentEditException | PersonNotFoundException
                | OrganisationNotFoundException | DataIntegrityViolationException | OptimisticLockingFailureException e) {
            LOG.info("Import {} of {} was overtaken by a concurrent change: {}", uploadId, user.getUsername(), e.getMessage());
            return ImportCheck.rejected(messages.getMessage("import.changedMeanwhile", null, locale));
        }
        statistics.refreshAfter(kind, check.created() + check.updated());
        return check;
    }

    @Transactional
    public void discard(ImportKind kind, UUID uploadId, CurrentUser user) {
        uploads.delete(upload(kind, uploadId, user));
    }

    private ImportUpload upload(ImportKind kind, UUID uploadId, CurrentUser user) {
        return uploads.findByIdAndKindAndUploadedBy(uploadId, kind, user.getUsername())
                .orElseThrow(() -> new ImportUploadNotFoundException(uploadId));
    }

    private PreparedImport prepare(ImportKind kind, UploadedFile file, RegistryScope scope, Locale locale) {
        RowImport rowImport = imports.get(kind);
        try {
            ImportTable table = XlsxTable.read(file, kind.columns(), properties.maxImportRows());
            return rowImport.prepare(table, scope, locale);
        } catch (ImportFileRejected e) {
            return PreparedImport.rejected(ImportCheck.rejected(messages.getMessage(e.messageKey(), e.arguments(), locale)));
        }
    }
}
