package ru.masterskaya.diagnostics.formsimport;

import java.time.Clock;
import ru.masterskaya.diagnostics.DiagnosisUpload;
import ru.masterskaya.diagnostics.DiagnosisUploadRepository;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignNotFoundException;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.ResponseRecorder;
import ru.masterskaya.diagnostics.campaign.ResponseSource;
import ru.masterskaya.diagnostics.campaign.ResponseStatus;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.diagnostics.instrument.SelfRatingScale;
import ru.masterskaya.diagnostics.scoring.ScoringSheets;
import ru.masterskaya.diagnostics.scoring.SheetTopic;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryScope;

/**
 * The import of form responses into a campaign the user manages: keep the file, guess the mapping,
 * check every row, and record all rows in one transaction or none.
 */
@Service
@Transactional(readOnly = true)
public class FormsImports {

    /** The preview lists this many rows; the counts cover the whole file. */
    public static final int PREVIEW_ROWS = 20;

    /** At most this many errors are spelled out; the count covers them all. */
    public static final int LISTED_ERRORS = 200;

    private static final List<DateTimeFormatter> TIME_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu H:mm:ss"),
            DateTimeFormatter.ofPattern("d.M.uuuu H:mm"),
            DateTimeFormatter.ofPattern("uuuu-M-d H:mm:ss"),
            DateTimeFormatter.ofPattern("uuuu-M-d H:mm"),
            DateTimeFormatter.ofPattern("uuuu/M/d H:mm:ss"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private final DiagnosisUploadRepository uploads;
    private final Campaigns campaigns;
    private final Instruments instruments;
    private final ScoringSheets sheets;
    private final PersonRepository people;
    private final ResponseRecorder recorder;
    private final MessageSource messages;
    private final Clock clock;

    FormsImports(DiagnosisUploadRepository uploads, Campaigns campaigns, Instruments instruments, ScoringSheets sheets, PersonRepository people,
            ResponseRecorder recorder, MessageSource messages, Clock clock) {
        this.uploads = uploads;
        this.campaigns = campaigns;
        this.instruments = instruments;
        this.sheets = sheets;
        this.people = people;
        this.recorder = recorder;
        this.messages = messages;
        this.clock = clock;
    }

    /** The campaign, if the user manages it (else a 404); a closed one is refused with a message. */
    public Campaign campaign(UUID campaignId, CurrentUser user) {
        return campaigns.managed(campaignId, user.registryScope());
    }

    /** Checks that the file is a readable table and keeps it; returns the id of the upload. */
    @Transactional
    public UUID keep(UUID campaignId, String fileName, byte[] content, CurrentUser user) {
        Campaign campaign = openCampaign(campaignId, user);
        ResponseFileReader.read(fileName, content);
        return uploads.save(new DiagnosisUpload(DiagnosisUpload.Kind.FORMS, campaign.getId(), user.getUsername(), clock.instant(), fileName, content)).getId();
    }

    public MappingPage mapping(UUID campaignId, UUID uploadId, CurrentUser user) {
        Campaign campaign = campaigns.managed(campaignId, user.registryScope());
        DiagnosisUpload upload = upload(campaignId, uploadId, user);
        ResponseTable table = ResponseFileReader.read(upload.fileName(), upload.content());
        InstrumentVersion version = instruments.version(campaign.getInstrumentVersionId());
        List<SheetTopic> topics = sheets.of(version.getId()).topics();
        return new MappingPage(campaign, upload.fileName(), describedColumns(table), version.getItems(), topics,
                suggest(table.headers(), version.getItems(), topics), table.rows().size());
    }

    /** The guessed mapping: e-mail and time by their usual headers, items by their text, readiness by the topic's name. */
    static ColumnMapping suggest(List<String> headers, List<InstrumentItem> items, List<SheetTopic> topics) {
        Integer email = HeaderMatcher.emailColumn(headers).orElse(null);
        Integer time = HeaderMatcher.timeColumn(headers).filter(column -> !column.equals(email)).orElse(null);
        Set<Integer> taken = new HashSet<>();
        Optional.ofNullable(email).ifPresent(taken::add);
        Optional.ofNullable(time).ifPresent(taken::add);
        Map<UUID, String> questions = items.stream().collect(Collectors.toMap(InstrumentItem::getId, InstrumentItem::getText));
        Map<UUID, Integer> itemColumns = HeaderMatcher.bestColumns(questions, headers, taken);
        taken.addAll(itemColumns.values());
        Map<UUID, String> topicNames = topics.stream().collect(Collectors.toMap(SheetTopic::topicId, SheetTopic::name));
        Map<UUID, Integer> readyColumns = HeaderMatcher.readyColumns(topicNames, headers, taken);
        return new ColumnMapping(email, time, itemColumns, readyColumns);
    }

    /** Every row checked against the mapping, nothing stored. */
    public ImportCheck check(UUID campaignId, UUID uploadId, ColumnMapping mapping, CurrentUser user, Locale locale) {
        return plan(campaignId, uploadId, mapping, user, locale).check();
    }

    /** Records every row as a finished response, all in this one transaction, or nothing if any row has an error. */
    @Transactional
    public ImportCheck confirm(UUID campaignId, UUID uploadId, ColumnMapping mapping, CurrentUser user, Locale locale) {
        Plan plan = plan(campaignId, uploadId, mapping, user, locale);
        if (plan.check().hasErrors()) {
            return plan.check();
        }
        for (PlannedResponse response : plan.responses()) {
            recorder.recordSubmitted(campaignId, response.person(), response.answers(), response.readyTopics(), response.submittedAt(),
                    ResponseSource.FORMS_IMPORT);
        }
        uploads.deleteById(uploadId);
        return plan.check();
    }

    @Transactional
    public void discard(UUID campaignId, UUID uploadId, CurrentUser user) {
        uploads.delete(upload(campaignId, uploadId, user));
    }

    private Campaign openCampaign(UUID campaignId, CurrentUser user) {
        Campaign campaign = campaigns.managed(campaignId, user.registryScope());
        if (campaign.isClosed()) {
            throw new FormsFileRejected("formsImport.campaign.closed", campaign.getTitle());
        }
        return campaign;
    }

    private DiagnosisUpload upload(UUID campaignId, UUID uploadId, CurrentUser user) {
        return uploads.findByIdAndKindAndUploadedBy(uploadId, DiagnosisUpload.Kind.FORMS, user.getUsername())
                .filter(upload -> campaignId.equals(upload.targetId()))
                .orElseThrow(() -> new CampaignNotFoundException(uploadId));
    }

    private static List<String> describedColumns(ResponseTable table) {
        List<String> columns = new ArrayList<>();
        for (int column = 0; column < table.headers().size(); column++) {
            columns.add(table.describe(column));
        }
        return columns;
    }

    // ---- checking

    private record PlannedResponse(Person person, Map<UUID, AnswerValue> answers, Set<UUID> readyTopics, Instant submittedAt) {}

    private record Plan(ImportCheck check, List<PlannedResponse> responses) {}

    private Plan plan(UUID campaignId, UUID uploadId, ColumnMapping mapping, CurrentUser user, Locale locale) {
        Campaign campaign = openCampaign(campaignId, user);
        DiagnosisUpload upload = upload(campaignId, uploadId, user);
        ResponseTable table = ResponseFileReader.read(upload.fileName(), upload.content());
        InstrumentVersion version = instruments.version(campaign.getInstrumentVersionId());
        Errors errors = new Errors(table, locale);
        checkMapping(mapping, table, version, errors);
        if (errors.count > 0) {
            return new Plan(new ImportCheck(upload.fileName(), table.rows().size(), 0, errors.count, errors.listed, List.of()), List.of());
        }
        RegistryScope scope = user.registryScope();
        int emailColumn = java.util.Objects.requireNonNull(mapping.emailColumn());
        Map<String, Person> byEmail = people.findAllByEmails(table.rows().stream()
                        .map(row -> Person.normalizeEmail(row.cell(emailColumn))).filter(email -> !email.isEmpty()).distinct().toList())
                .stream().collect(Collectors.toMap(person -> Person.normalizeEmail(person.getEmail()), Function.identity(), (a, b) -> a));
        Set<UUID> finished = campaigns.responses(campaign, scope).stream().filter(response -> response.status() == ResponseStatus.FINISHED)
                .map(DiagnosisResponse::getPersonId).collect(Collectors.toSet());
        AnswerParser parser = new AnswerParser(scaleLabels(locale));
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<PlannedResponse> planned = new ArrayList<>();
        List<PreviewRow> preview = new ArrayList<>();
        int found = 0;
        for (ResponseTable.Row row : table.rows()) {
            int errorsBefore = errors.count;
            String email = Person.normalizeEmail(row.cell(emailColumn));
            Person person = personOf(row, email, emailColumn, byEmail, firstRowOf, finished, scope, campaign, errors);
            if (person != null) {
                found++;
            }
            Map<UUID, AnswerValue> answers = new LinkedHashMap<>();
            for (InstrumentItem item : version.getItems()) {
                Integer column = mapping.itemColumn(item.getId());
                if (column == null) {
                    continue;
                }
                try {
                    parser.parse(item, row.cell(column)).ifPresent(answer -> {
                        item.check(answer);
                        answers.put(item.getId(), answer);
                    });
                } catch (CellProblem problem) {
                    errors.at(row, column, problem.messageKey(), problem.arguments());
                } catch (ru.masterskaya.diagnostics.instrument.InvalidAnswer invalid) {
                    errors.at(row, column, invalid.messageKey());
                }
            }
            Set<UUID> ready = new HashSet<>();
            mapping.readyColumns().forEach((topicId, column) -> {
                try {
                    if (AnswerParser.ready(row.cell(column))) {
                        ready.add(topicId);
                    }
                } catch (CellProblem problem) {
                    errors.at(row, column, problem.messageKey(), problem.arguments());
                }
            });
            Instant submittedAt = submittedAt(row, mapping.timeColumn());
            boolean rowHasErrors = errors.count > errorsBefore;
            if (person != null && !rowHasErrors) {
                planned.add(new PlannedResponse(person, answers, ready, submittedAt));
            }
            if (preview.size() < PREVIEW_ROWS) {
                preview.add(new PreviewRow(row.number(), email, person == null ? null : person.getFullName().full(),
                        person == null ? null : person.getOrganisation().getShortName(), answers.size(), ready.size(),
                        LocalDateTime.ofInstant(submittedAt, clock.getZone()), rowHasErrors));
            }
        }
        ImportCheck check = new ImportCheck(upload.fileName(), table.rows().size(), found, errors.count, errors.listed, preview);
        return new Plan(check, planned);
    }

    private @Nullable Person personOf(ResponseTable.Row row, String email, int emailColumn, Map<String, Person> byEmail,
            Map<String, Integer> firstRowOf, Set<UUID> finished, RegistryScope scope, Campaign campaign, Errors errors) {
        if (email.isEmpty()) {
            errors.at(row, emailColumn, "formsImport.row.noEmail");
            return null;
        }
        Integer earlier = firstRowOf.putIfAbsent(email, row.number());
        if (earlier != null) {
            errors.at(row, emailColumn, "formsImport.row.duplicateEmail", email, String.valueOf(earlier));
            return null;
        }
        Person person = byEmail.get(email);
        if (person == null) {
            errors.at(row, emailColumn, "formsImport.row.unknownEmail", email);
            return null;
        }
        if (!scope.covers(person.getOrganisation())) {
            errors.at(row, emailColumn, "formsImport.row.outOfScope", email);
            return null;
        }
        if (finished.contains(person.getId())) {
            errors.at(row, emailColumn, "formsImport.row.alreadySubmitted", person.getFullName().full(), campaign.getTitle());
            return null;
        }
        return person;
    }

    private static void checkMapping(ColumnMapping mapping, ResponseTable table, InstrumentVersion version, Errors errors) {
        int width = table.headers().size();
        List<Integer> columns = new ArrayList<>(mapping.itemColumns().values());
        columns.addAll(mapping.readyColumns().values());
        java.util.stream.Stream.of(mapping.emailColumn(), mapping.timeColumn()).filter(java.util.Objects::nonNull).forEach(columns::add);
        if (columns.stream().anyMatch(column -> column < 0 || column >= width)) {
            errors.general("formsImport.mapping.noSuchColumn");
        }
        if (mapping.emailColumn() == null) {
            errors.general("formsImport.mapping.noEmail");
        }
        for (InstrumentItem item : version.getItems()) {
            if (item.getKind().isScored() && mapping.itemColumn(item.getId()) == null) {
                errors.general("formsImport.mapping.itemUnmapped", item.getText());
            }
        }
    }

    private Instant submittedAt(ResponseTable.Row row, @Nullable Integer timeColumn) {
        if (timeColumn != null) {
            String text = row.cell(timeColumn);
            for (DateTimeFormatter format : TIME_FORMATS) {
                try {
                    return LocalDateTime.parse(text, format).atZone(clock.getZone()).toInstant();
                } catch (DateTimeParseException ignored) {
                    // try the next format
                }
            }
        }
        return clock.instant();
    }

    private List<List<String>> scaleLabels(Locale locale) {
        return SelfRatingScale.levels().stream()
                .map(level -> java.util.stream.Stream.of(Locale.forLanguageTag("ru"), Locale.ENGLISH, locale)
                        .map(language -> messages.getMessage(SelfRatingScale.messageKey(level), null, language)).distinct().toList())
                .toList();
    }

    /** Collects errors as Russian sentences naming the row and column. */
    private final class Errors {

        private final ResponseTable table;
        private final Locale locale;
        private final List<String> listed = new ArrayList<>();
        private int count;

        Errors(ResponseTable table, Locale locale) {
            this.table = table;
            this.locale = locale;
        }

        void at(ResponseTable.Row row, int column, String messageKey, Object... arguments) {
            add(messages.getMessage("formsImport.error.at",
                    new Object[] {String.valueOf(row.number()), table.describe(column), messages.getMessage(messageKey, arguments, locale)}, locale));
        }

        void general(String messageKey, Object... arguments) {
            add(messages.getMessage(messageKey, arguments, locale));
        }

        private void add(String message) {
            count++;
            if (listed.size() < LISTED_ERRORS) {
                listed.add(message);
            }
        }
    }
}
