package ru.masterskaya.diagnostics.instrument.xlsx;

import java.time.Clock;
import ru.masterskaya.diagnostics.DiagnosisUpload;
import ru.masterskaya.diagnostics.DiagnosisUploadRepository;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicFilter;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.diagnostics.instrument.ItemDraft;
import ru.masterskaya.diagnostics.instrument.ItemKind;
import ru.masterskaya.diagnostics.instrument.ItemProblem;
import ru.masterskaya.diagnostics.instrument.ItemRules;
import ru.masterskaya.diagnostics.instrument.RawItem;
import ru.masterskaya.diagnostics.instrument.RawOption;
import ru.masterskaya.registry.SearchText;

/**
 * Loading the items of an instrument from XLSX: check every row, keep a good file until the user
 * confirms the preview, then store all its items at once — a new instrument or the next content
 * of an existing one. A file with any error stores nothing.
 */
@Service
@Transactional(readOnly = true)
public class InstrumentImports {

    public static final int MAX_ROWS = InstrumentSheet.MAX_ROWS;
    public static final long MAX_BYTES = InstrumentSheet.MAX_BYTES;

    private final TopicCatalogue catalogue;
    private final Instruments instruments;
    private final DiagnosisUploadRepository uploads;
    private final MessageSource messages;
    private final Clock clock;

    InstrumentImports(TopicCatalogue catalogue, Instruments instruments, DiagnosisUploadRepository uploads, MessageSource messages, Clock clock) {
        this.catalogue = catalogue;
        this.instruments = instruments;
        this.uploads = uploads;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every row checked; errors are worded for this locale and name their row and column. */
    public InstrumentImportCheck check(byte[] content, Locale locale) throws InstrumentFileRejected {
        List<SheetRow> rows = InstrumentSheet.read(content);
        Map<String, Topic> topics = new HashMap<>();
        catalogue.list(TopicFilter.ALL).forEach(topic -> topics.put(SearchText.normalize(topic.getName()), topic));
        Map<String, ItemKind> kinds = kindNames();
        List<ImportedItem> items = new ArrayList<>();
        List<ItemDraft> drafts = new ArrayList<>();
        for (SheetRow row : rows) {
            Row checked = new Row(row, locale);
            String kindText = row.cell(QuestionColumn.KIND);
            ItemKind kind = kindText.isEmpty() ? null : kinds.get(SearchText.normalize(kindText));
            if (!kindText.isEmpty() && kind == null) {
                checked.error(QuestionColumn.KIND, "instrumentImport.kind.unknown", kindText, kindList());
            }
            String topicText = row.cell(QuestionColumn.TOPIC);
            Topic topic = topicText.isEmpty() ? null : topics.get(SearchText.normalize(topicText));
            if (!topicText.isEmpty() && topic == null) {
                checked.error(QuestionColumn.TOPIC, "instrumentImport.topic.unknown", topicText);
            } else if (topic != null && !topic.isActive()) {
                checked.error(QuestionColumn.TOPIC, "instrumentImport.topic.inactive", topic.getName());
            }
            List<RawOption> options = OptionsCell.read(row.cell(QuestionColumn.OPTIONS));
            RawItem raw = new RawItem(kind, topic == null ? null : topic.getId(), row.cell(QuestionColumn.TEXT), options);
            for (ItemProblem problem : ItemRules.check(raw)) {
                boolean alreadySaid = (problem.field() == ItemProblem.Field.KIND && !kindText.isEmpty())
                        || (problem.field() == ItemProblem.Field.TOPIC && !topicText.isEmpty());
                if (!alreadySaid) {
                    checked.error(column(problem.field()), problem.messageKey(), problem.arguments());
                }
            }
            if (checked.errors.isEmpty()) {
                drafts.add(ItemRules.toDraft(raw));
            }
            items.add(new ImportedItem(row.number(), kind, kindText, topic, topicText, row.cell(QuestionColumn.TEXT), options, List.copyOf(checked.errors)));
        }
        boolean valid = items.stream().allMatch(ImportedItem::isValid);
        return new InstrumentImportCheck(items, valid ? drafts : List.of());
    }

    /** Keeps a file that passed the check until its preview is confirmed or cancelled. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
    public UUID keep(@Nullable UUID instrumentId, String fileName, byte[] content, String uploadedBy) {
        if (instrumentId != null) {
            instruments.get(instrumentId);
        }
        return uploads.save(new DiagnosisUpload(DiagnosisUpload.Kind.INSTRUMENT, instrumentId, uploadedBy, clock.instant(), fileName, content)).getId();
    }

    public KeptFile kept(UUID uploadId, String uploadedBy) {
        DiagnosisUpload upload = upload(uploadId, uploadedBy);
        return new KeptFile(upload.getId(), upload.targetId(), upload.fileName(), upload.content());
    }

    /**
     * Stores the items of a kept file in one transaction: a new instrument with this title, or the
     * next content of the target instrument. The file is checked again, since topics may have
     * changed since the preview, and forgotten once stored.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
    public InstrumentVersion confirm(UUID uploadId, String uploadedBy, @Nullable String title, @Nullable String description, Locale locale)
            throws InstrumentFileRejected {
        DiagnosisUpload upload = upload(uploadId, uploadedBy);
        InstrumentImportCheck check = check(upload.content(), locale);
        if (check.hasErrors()) {
            throw new InstrumentImportRejected(check);
        }
        InstrumentVersion version = upload.targetId() == null
                ? instruments.create(Objects.requireNonNull(title), description, check.drafts())
                : instruments.replaceItems(upload.targetId(), check.drafts());
        uploads.delete(upload);
        return version;
    }

    @Transactional
    public void cancel(UUID uploadId, String uploadedBy) {
        uploads.delete(upload(uploadId, uploadedBy));
    }

    private DiagnosisUpload upload(UUID uploadId, String uploadedBy) {
        return uploads.findByIdAndKindAndUploadedBy(uploadId, DiagnosisUpload.Kind.INSTRUMENT, uploadedBy)
                .orElseThrow(() -> new InstrumentUploadNotFoundException(uploadId));
    }

    /** Kind names as the export writes them, in Russian and English, and the constant names. */
    private Map<String, ItemKind> kindNames() {
        Map<String, ItemKind> names = new HashMap<>();
        for (ItemKind kind : ItemKind.values()) {
            names.put(SearchText.normalize(kind.name()), kind);
            names.put(SearchText.normalize(messages.getMessage(kind.messageKey(), null, Locale.ENGLISH)), kind);
            names.put(SearchText.normalize(messages.getMessage(kind.messageKey(), null, InstrumentExport.RUSSIAN)), kind);
        }
        return names;
    }

    private String kindList() {
        return Arrays.stream(ItemKind.values())
                .map(kind -> "«" + messages.getMessage(kind.messageKey(), null, InstrumentExport.RUSSIAN) + "»")
                .collect(Collectors.joining(", "));
    }

    private static QuestionColumn column(ItemProblem.Field field) {
        return switch (field) {
            case KIND -> QuestionColumn.KIND;
            case TOPIC -> QuestionColumn.TOPIC;
            case TEXT -> QuestionColumn.TEXT;
            case OPTIONS, OPTION_TEXT, OPTION_SCORE -> QuestionColumn.OPTIONS;
        };
    }

    /** A file kept for confirmation. */
    public record KeptFile(UUID id, @Nullable UUID instrumentId, String fileName, byte[] content) {}

    /** Collects the errors of one row, each worded «Строка N, столбец «…»: …». */
    private final class Row {

        private final SheetRow row;
        private final Locale locale;
        private final List<String> errors = new ArrayList<>();

        Row(SheetRow row, Locale locale) {
            this.row = row;
            this.locale = locale;
        }

        void error(QuestionColumn column, String key, Object... arguments) {
            String text = messages.getMessage(key, arguments, locale);
            errors.add(messages.getMessage("instrumentImport.error", new Object[] {row.number(), column.header(), text}, locale));
        }
    }
}
