package ru.masterskaya.diagnostics.instrument.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicFilter;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.ItemKind;

/**
 * Writes a version of an instrument as a workbook a methodologist can edit in Excel and load back:
 * «Вопросы» with one item a row in the layout of {@link QuestionColumn}, and «Темы» with the
 * active topics of the catalogue, whose names the «Тема» column must use.
 */
@Component
public class InstrumentExport {

    static final String QUESTIONS_SHEET = "Вопросы";
    static final String TOPICS_SHEET = "Темы";
    /** The file is always Russian: its headers and kind names are what the import reads. */
    static final Locale RUSSIAN = Locale.of("ru");

    private final TopicCatalogue catalogue;
    private final MessageSource messages;

    InstrumentExport(TopicCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    public byte[] write(InstrumentVersion version) {
        Map<UUID, Topic> topics = catalogue.list(TopicFilter.ALL).stream().collect(Collectors.toMap(Topic::getId, Function.identity()));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = headerStyle(workbook);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            writeQuestions(workbook.createSheet(QUESTIONS_SHEET), version.getItems(), topics, header, wrapped);
            writeTopics(workbook.createSheet(TOPICS_SHEET), header, wrapped);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeQuestions(Sheet sheet, List<InstrumentItem> items, Map<UUID, Topic> topics, CellStyle header, CellStyle wrapped) {
        Row head = sheet.createRow(0);
        for (QuestionColumn column : QuestionColumn.values()) {
            head.createCell(column.ordinal()).setCellValue(column.header());
            head.getCell(column.ordinal()).setCellStyle(header);
            sheet.setColumnWidth(column.ordinal(), column.width() * 256);
            sheet.setDefaultColumnStyle(column.ordinal(), wrapped);
        }
        int rowIndex = 1;
        for (InstrumentItem item : items) {
            Row row = sheet.createRow(rowIndex++);
            Topic topic = item.getTopicId() == null ? null : topics.get(item.getTopicId());
            row.createCell(QuestionColumn.NUMBER.ordinal()).setCellValue(item.getPosition());
            row.createCell(QuestionColumn.BLOCK.ordinal()).setCellValue(topic == null ? "" : text(topic.getBlock().messageKey()));
            row.createCell(QuestionColumn.TOPIC.ordinal()).setCellValue(topic == null ? "" : topic.getName());
            row.createCell(QuestionColumn.KIND.ordinal()).setCellValue(text(item.getKind().messageKey()));
            row.createCell(QuestionColumn.TEXT.ordinal()).setCellValue(item.getText());
            row.createCell(QuestionColumn.OPTIONS.ordinal()).setCellValue(OptionsCell.write(item.getOptions()));
            row.forEach(cell -> cell.setCellStyle(wrapped));
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, QuestionColumn.values().length - 1));
        offerKinds(sheet);
    }

    /** A drop-down of the four kinds in «Вид вопроса»; other text is still allowed, the import judges it. */
    private void offerKinds(Sheet sheet) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] kinds = Arrays.stream(ItemKind.values()).map(kind -> text(kind.messageKey())).toArray(String[]::new);
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(kinds),
                new CellRangeAddressList(1, InstrumentSheet.MAX_ROWS, QuestionColumn.KIND.ordinal(), QuestionColumn.KIND.ordinal()));
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private void writeTopics(Sheet sheet, CellStyle header, CellStyle wrapped) {
        String[] headers = {"Блок", "Тема", "Описание"};
        int[] widths = {28, 50, 70};
        Row head = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            head.createCell(i).setCellValue(headers[i]);
            head.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        int rowIndex = 1;
        for (Topic topic : catalogue.list(TopicFilter.ACTIVE)) {
            Row row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(text(topic.getBlock().messageKey()));
            row.createCell(1).setCellValue(topic.getName());
            row.createCell(2).setCellValue(topic.getDescription() == null ? "" : topic.getDescription());
            row.forEach(cell -> cell.setCellStyle(wrapped));
        }
        sheet.createFreezePane(0, 1);
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setBorderBottom(BorderStyle.THIN);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private String text(String key) {
        return messages.getMessage(key, null, RUSSIAN);
    }
}
