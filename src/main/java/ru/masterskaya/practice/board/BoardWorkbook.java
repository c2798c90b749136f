package ru.masterskaya.practice.board;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.calendar.AcademicYear;

/** The board as a workbook: the funnel on one sheet, every pair the filter finds on another. */
@Component
public class BoardWorkbook {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;

    BoardWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(AcademicYear year, Funnel funnel, List<BoardRow> rows, Locale locale) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle header = header(workbook);
            Sheet pairs = workbook.createSheet(text("board.xlsx.pairs", locale));
            String[] columns = {"board.column.master", "board.column.masterOrganisation", "board.column.practitioner",
                    "board.column.practitionerOrganisation", "board.column.topic", "board.column.status", "board.column.health",
                    "board.column.reasons", "board.column.plannedEnd", "board.column.lastEntry", "board.column.entries"};
            Row head = pairs.createRow(0);
            for (int column = 0; column < columns.length; column++) {
                head.createCell(column).setCellValue(text(columns[column], locale));
                head.getCell(column).setCellStyle(header);
                pairs.setColumnWidth(column, (column == 7 ? 60 : column == 4 ? 45 : 28) * 256);
            }
            pairs.createFreezePane(0, 1);
            int number = 1;
            for (BoardRow row : rows) {
                Row line = pairs.createRow(number++);
                line.createCell(0).setCellValue(row.masterName());
                line.createCell(1).setCellValue(row.masterOrganisation());
                line.createCell(2).setCellValue(row.practitionerName());
                line.createCell(3).setCellValue(row.practitionerOrganisation());
                line.createCell(4).setCellValue(row.topic());
                line.createCell(5).setCellValue(text(row.status().messageKey(), locale));
                line.createCell(6).setCellValue(row.health() == null ? "" : text(row.health().messageKey(), locale));
                line.createCell(7).setCellValue(row.reasons().stream().map(reason -> text(reason.messageKey(), locale))
                        .collect(Collectors.joining("; ")));
                line.createCell(8).setCellValue(row.plannedEnd() == null ? "" : DATE.format(row.plannedEnd()));
                line.createCell(9).setCellValue(row.lastEntryOn() == null ? "" : DATE.format(row.lastEntryOn()));
                line.createCell(10).setCellValue(row.entryCount());
            }
            Sheet summary = workbook.createSheet(text("board.xlsx.funnel", locale));
            summary.setColumnWidth(0, 40 * 256);
            Row title = summary.createRow(0);
            title.createCell(0).setCellValue(text("board.title", locale, year.shortLabel()));
            title.getCell(0).setCellStyle(header);
            long[] values = {funnel.formed(), funnel.agreed(), funnel.active(), funnel.completed(), funnel.stalled(), funnel.needsCheck(),
                    funnel.endedEarly(), funnel.declined()};
            String[] labels = {"board.funnel.formed", "board.funnel.agreed", "board.funnel.active", "board.funnel.completed",
                    "board.funnel.stalled", "board.funnel.needsCheck", "board.funnel.endedEarly", "board.funnel.declined"};
            for (int index = 0; index < values.length; index++) {
                Row line = summary.createRow(index + 1);
                line.createCell(0).setCellValue(text(labels[index], locale));
                line.createCell(1).setCellValue(values[index]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle header(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setWrapText(true);
        return style;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
