package ru.masterskaya.documents.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import ru.masterskaya.documents.Document;
import ru.masterskaya.documents.rendering.PrintedDocument;

/** The register as a formatted XLSX: one row per document, a frozen bold header and filters on every column. */
final class RegisterWorkbook {

    private static final String[] COLUMNS = {"number", "issuedOn", "kind", "status", "holder", "role", "organisation", "topic", "period",
        "product", "grade", "issuedBy", "revokedOn", "reason"};
    private static final int[] WIDTHS = {20, 12, 24, 14, 34, 12, 30, 40, 24, 40, 22, 24, 12, 40};

    private final MessageSource messages;
    private final Locale locale;

    RegisterWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    byte[] write(List<Document> documents) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(message("documents.export.sheet"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(message("documents.export.column." + COLUMNS[i]));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int index = 1;
            for (Document document : documents) {
                Row row = sheet.createRow(index++);
                value(row, 0, document.getNumber());
                value(row, 1, document.getIssuedOn() == null ? null : PrintedDocument.DATE.format(document.getIssuedOn()));
                value(row, 2, message(document.getKind().messageKey()));
                value(row, 3, message(document.getStatus().messageKey()));
                value(row, 4, document.getHolderName().full());
                value(row, 5, message(document.getKind().role().messageKey()));
                value(row, 6, document.getOrganisationName());
                value(row, 7, document.getTopicName());
                value(row, 8, PrintedDocument.DATE.format(document.getStartedOn()) + " – " + PrintedDocument.DATE.format(document.getCompletedOn()));
                value(row, 9, document.getProductTitle());
                value(row, 10, document.getGradeLevel() == null ? null
                        : document.getGradeLevel() + " (" + document.getGradePoints() + "/" + document.getGradeMaxPoints() + ")");
                value(row, 11, document.getIssuedBy());
                value(row, 12, document.getRevokedOn() == null ? null : PrintedDocument.DATE.format(document.getRevokedOn()));
                value(row, 13, document.getRevocationReason());
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(index - 1, 1), 0, COLUMNS.length - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(Row row, int column, @Nullable String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, locale);
    }
}
