package ru.masterskaya.diagnostics.needs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.diagnostics.TopicBlock;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.scoring.DeficitLevel;
import ru.masterskaya.diagnostics.scoring.Percent;
import ru.masterskaya.diagnostics.scoring.ScoringSheet;
import ru.masterskaya.diagnostics.scoring.SheetTopic;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryScope;

/**
 * The XLSX a methodologist hands to a director: needs by topic, by organisation, every person's
 * profile coloured by level, the raw answers and the participation with its warnings. It is a
 * Russian document whatever the interface language, so its words are written here in Russian.
 */
@Service
@Transactional(readOnly = true)
public class NeedsExport {

    static final String NEEDS_SHEET = "Потребности по темам";
    static final String ORGANISATIONS_SHEET = "По организациям";
    static final String PROFILES_SHEET = "Профили";
    static final String ANSWERS_SHEET = "Ответы";
    static final String PARTICIPATION_SHEET = "Участие";

    private static final Locale RUSSIAN = Locale.of("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int CHARACTER_WIDTH = 256;
    private static final int ROWS_IN_MEMORY = 200;
    private static final int HEADER_ROW = 1;

    private final CampaignNeeds needs;
    private final Campaigns campaigns;
    private final ResponseRows rows;
    private final PersonRepository people;
    private final MessageSource messages;
    private final Clock clock;

    NeedsExport(CampaignNeeds needs, Campaigns campaigns, ResponseRows rows, PersonRepository people, MessageSource messages, Clock clock) {
        this.needs = needs;
        this.campaigns = campaigns;
        this.rows = rows;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    /** The workbook of the campaign over the invitees the scope sees; a campaign out of scope is a 404. */
    public byte[] write(UUID campaignId, RegistryScope scope) {
        CampaignAnalysis analysis = needs.analyse(campaignId, scope, NeedsFilter.NONE);
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (workbook) {
            Styles styles = new Styles(workbook);
            String title = analysis.campaign().getTitle() + " — " + analysis.campaign().academicYear().label() + ", выгрузка на "
                    + LocalDate.now(clock).format(DATE);
            needsSheet(workbook, styles, title, analysis);
            organisationsSheet(workbook, styles, title, analysis);
            Map<UUID, String> names = profilesSheet(workbook, styles, title, analysis, scope);
            answersSheet(workbook, styles, title, analysis, scope, names);
            participationSheet(workbook, styles, title, analysis);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private void needsSheet(Workbook workbook, Styles styles, String title, CampaignAnalysis analysis) {
        Sheet sheet = start(workbook, styles, NEEDS_SHEET, title, List.of(
                column("№", 5), column("Блок", 26), column("Тема", 50), column("Высокий дефицит", 12), column("Средний дефицит", 12),
                column("Минимальный / нет", 12), column("Потребность (высокий + средний)", 16), column("% респондентов с потребностью", 16)));
        int index = HEADER_ROW;
        for (TopicNeed need : analysis.report().topics()) {
            Row row = sheet.createRow(++index);
            values(row, styles, need.rank(), block(need.topic().block()), need.topic().name(), need.high(), need.medium(), need.minimal(),
                    need.need(), need.needPercent());
        }
        Row total = sheet.createRow(++index + 1);
        values(total, styles, null, "Респондентов", null, analysis.report().respondents());
    }

    private void organisationsSheet(Workbook workbook, Styles styles, String title, CampaignAnalysis analysis) {
        List<SheetTopic> topics = analysis.sheet().topics();
        List<Column> columns = new ArrayList<>(List.of(column("Организация", 40), column("Тип", 30), column("Приглашено", 12),
                column("Завершили", 12), column("% участия", 10)));
        topics.forEach(topic -> columns.add(column(topic.name(), 18)));
        Sheet sheet = start(workbook, styles, ORGANISATIONS_SHEET, title, columns);
        int index = HEADER_ROW;
        for (GroupParticipation organisation : analysis.participation().byOrganisation()) {
            Row row = sheet.createRow(++index);
            GroupNeeds groupNeeds = analysis.report().organisation(UUID.fromString(organisation.key())).orElse(null);
            List<@Nullable Object> cells = new ArrayList<>(List.of(organisation.name(), organisation.typeName(), organisation.invited(), organisation.finished(),
                    organisation.percent()));
            for (int topic = 0; topic < topics.size(); topic++) {
                cells.add(groupNeeds == null ? 0 : groupNeeds.need(topic));
            }
            values(row, styles, cells.toArray());
        }
    }

    private Map<UUID, String> profilesSheet(Workbook workbook, Styles styles, String title, CampaignAnalysis analysis, RegistryScope scope) {
        ScoringSheet scoring = analysis.sheet();
        List<SheetTopic> topics = scoring.topics();
        List<TopicBlock> blocks = topics.stream().map(SheetTopic::block).distinct().sorted().toList();
        List<Column> columns = new ArrayList<>(List.of(column("ФИО", 34), column("Организация", 34), column("Тип организации", 26),
                column("Квалификационная категория", 22)));
        topics.forEach(topic -> columns.add(column(topic.name() + ", %", 16)));
        blocks.forEach(block -> columns.add(column("Блок «" + block(block) + "», %", 16)));
        Sheet sheet = start(workbook, styles, PROFILES_SHEET, title, columns);
        record Finished(UUID personId, UUID organisationId, String type, String scores) {}
        List<Finished> finished = new ArrayList<>();
        rows.finishedScores(analysis.campaign().getId(), campaigns.invitees(analysis.campaign(), scope), NeedsFilter.NONE,
                (responseId, personId, organisationId, type, scores) -> finished.add(new Finished(personId, organisationId, type, scores)));
        Map<UUID, Person> persons = new HashMap<>();
        people.findAllByIds(finished.stream().map(Finished::personId).toList()).forEach(person -> persons.put(person.getId(), person));
        finished.sort(java.util.Comparator.comparing((Finished item) -> persons.containsKey(item.personId())
                ? persons.get(item.personId()).getFullName().full() : "", java.text.Collator.getInstance(RUSSIAN)));
        Map<UUID, String> names = new HashMap<>();
        int index = HEADER_ROW;
        for (Finished item : finished) {
            Person person = persons.get(item.personId());
            String name = person == null ? "" : person.getFullName().full();
            names.put(item.personId(), name);
            Row row = sheet.createRow(++index);
            values(row, styles, name, analysis.organisationName(item.organisationId()), analysis.typeName(item.type()),
                    person == null ? "" : messages.getMessage(person.getCategory().messageKey(), null, RUSSIAN));
            int[] scores = scoring.decode(item.scores());
            Map<TopicBlock, int[]> blockTotals = new EnumMap<>(TopicBlock.class);
            for (int topic = 0; topic < topics.size(); topic++) {
                int percent = Percent.of(scores[topic], topics.get(topic).maxScore());
                levelCell(row, 4 + topic, percent, analysis, styles);
                int[] totals = blockTotals.computeIfAbsent(topics.get(topic).block(), key -> new int[2]);
                totals[0] += scores[topic];
                totals[1] += topics.get(topic).maxScore();
            }
            for (int block = 0; block < blocks.size(); block++) {
                int[] totals = blockTotals.get(blocks.get(block));
                levelCell(row, 4 + topics.size() + block, Percent.of(totals[0], totals[1]), analysis, styles);
            }
        }
        return names;
    }

    private void levelCell(Row row, int column, int percent, CampaignAnalysis analysis, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(percent);
        cell.setCellStyle(styles.level.get(analysis.campaign().thresholds().levelOf(percent)));
    }

    private void answersSheet(Workbook workbook, Styles styles, String title, CampaignAnalysis analysis, RegistryScope scope,
            Map<UUID, String> names) {
        Sheet sheet = start(workbook, styles, ANSWERS_SHEET, title, List.of(column("ФИО", 34), column("№ вопроса", 10), column("Тема", 40),
                column("Вопрос", 60), column("Ответ", 50), column("Баллы", 8)));
        ScoringSheet scoring = analysis.sheet();
        Map<UUID, Integer> numbers = new HashMap<>();
        Map<UUID, InstrumentItem> items = new HashMap<>();
        for (int index = 0; index < scoring.items().size(); index++) {
            numbers.put(scoring.items().get(index).getId(), index + 1);
            items.put(scoring.items().get(index).getId(), scoring.items().get(index));
        }
        Map<UUID, String> topicNames = new HashMap<>();
        scoring.topics().forEach(topic -> topicNames.put(topic.topicId(), topic.name()));
        Map<UUID, UUID> personOfResponse = new HashMap<>();
        rows.finishedScores(analysis.campaign().getId(), campaigns.invitees(analysis.campaign(), scope), NeedsFilter.NONE,
                (responseId, personId, organisationId, type, scores) -> personOfResponse.put(responseId, personId));
        List<ResponseRows.RawAnswer> answers = new ArrayList<>(rows.answers(analysis.campaign().getId(), campaigns.invitees(analysis.campaign(), scope)));
        answers.sort(java.util.Comparator.comparing((ResponseRows.RawAnswer answer) -> names.getOrDefault(personOfResponse.get(answer.responseId()), ""),
                        java.text.Collator.getInstance(RUSSIAN))
                .thenComparing(ResponseRows.RawAnswer::responseId)
                .thenComparingInt(answer -> numbers.getOrDefault(answer.itemId(), 0)));
        int index = HEADER_ROW;
        for (ResponseRows.RawAnswer answer : answers) {
            InstrumentItem item = items.get(answer.itemId());
            if (item == null) {
                continue;
            }
            AnswerLine line = AnswerLine.line(numbers.get(item.getId()), item,
                    item.getTopicId() == null ? null : topicNames.get(item.getTopicId()), AnswerValue.stored(answer.choice(), answer.text()));
            Row row = sheet.createRow(++index);
            values(row, styles, names.getOrDefault(personOfResponse.get(answer.responseId()), ""), line.number(),
                    line.topicName() == null ? "" : line.topicName(), line.question(), answerText(line), line.score());
        }
    }

    private String answerText(AnswerLine line) {
        if (line.level() != null) {
            return line.level() + " — " + messages.getMessage("selfRating." + line.level(), null, RUSSIAN);
        }
        if (!line.chosen().isEmpty()) {
            return String.join("; ", line.chosen());
        }
        return line.text() == null ? "" : line.text();
    }

    private void participationSheet(Workbook workbook, Styles styles, String title, CampaignAnalysis analysis) {
        Sheet sheet = start(workbook, styles, PARTICIPATION_SHEET, title, List.of(column("Тип организации", 40), column("Приглашено", 12),
                column("Завершили", 12), column("% участия", 10)));
        Participation participation = analysis.participation();
        int index = HEADER_ROW;
        for (GroupParticipation type : participation.byType()) {
            values(sheet.createRow(++index), styles, type.name(), type.invited(), type.finished(), type.percent());
        }
        Row total = sheet.createRow(++index);
        values(total, styles, "Всего", participation.invited(), participation.finished(), participation.percent());
        total.getCell(0).setCellStyle(styles.bold);
        index++;
        if (participation.warnings().isEmpty()) {
            values(sheet.createRow(++index), styles, "Заметного отставания по типам организаций нет.");
        }
        for (ParticipationWarning warning : participation.warnings()) {
            Row row = sheet.createRow(++index);
            values(row, styles, warning(warning));
            row.getCell(0).setCellStyle(styles.warning);
        }
        values(sheet.createRow(++index + 1), styles, "Правило: тип организаций, где приглашено не меньше " + Participation.MIN_INVITEES
                + " человек, а доля принявших участие ниже половины общей или на " + Participation.LAG_POINTS + " и более процентных пунктов ниже неё.");
    }

    /** «ДОУ: приняли участие 12 % приглашённых при 71 % в среднем». */
    static String warning(ParticipationWarning warning) {
        return warning.name() + ": приняли участие " + warning.percent() + " % приглашённых при " + warning.overallPercent() + " % в среднем";
    }

    private String block(TopicBlock block) {
        return messages.getMessage(block.messageKey(), null, RUSSIAN);
    }

    private record Column(String title, int width) {}

    private static Column column(String title, int width) {
        return new Column(title, width);
    }

    private static Sheet start(Workbook workbook, Styles styles, String name, String title, List<Column> columns) {
        Sheet sheet = workbook.createSheet(name);
        Cell titleCell = sheet.createRow(0).createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.title);
        Row header = sheet.createRow(HEADER_ROW);
        for (int index = 0; index < columns.size(); index++) {
            Cell cell = header.createCell(index);
            cell.setCellValue(columns.get(index).title());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(index, Math.min(255, columns.get(index).width()) * CHARACTER_WIDTH);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        return sheet;
    }

    private static void values(Row row, Styles styles, @Nullable Object... values) {
        for (int index = 0; index < values.length; index++) {
            Object value = values[index];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(index);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
                cell.setCellStyle(styles.text);
            }
        }
    }

    private static final class Styles {

        final CellStyle title;
        final CellStyle header;
        final CellStyle bold;
        final CellStyle text;
        final CellStyle warning;
        final Map<DeficitLevel, CellStyle> level = new LinkedHashMap<>();

        Styles(Workbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            text = workbook.createCellStyle();
            text.setWrapText(false);
            warning = workbook.createCellStyle();
            warning.setFont(boldFont);
            warning.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
            warning.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            level.put(DeficitLevel.HIGH, fill(workbook, IndexedColors.ROSE));
            level.put(DeficitLevel.MEDIUM, fill(workbook, IndexedColors.LIGHT_YELLOW));
            level.put(DeficitLevel.MINIMAL, fill(workbook, IndexedColors.LIGHT_GREEN));
        }

        private static CellStyle fill(Workbook workbook, IndexedColors color) {
            CellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(color.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }
    }
}
