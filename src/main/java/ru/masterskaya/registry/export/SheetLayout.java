package ru.masterskaya.registry.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.importing.ImportColumn;

/**
 * The look shared by every sheet the registry writes: a bold header on a pale fill that stays in
 * view while scrolling, columns wide enough for their content, and text columns formatted as
 * text so that Excel keeps a phone or an ИНН as typed.
 */
final class SheetLayout {

    static final String REFERENCE_SHEET = "Справочник";

    private static final int CHARACTER_WIDTH = 256;

    private final Workbook workbook;
    private final CellStyle header;
    private final CellStyle text;

    SheetLayout(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    }

    void header(Sheet sheet, List<? extends ImportColumn> columns, List<? extends ImportColumn> numericColumns) {
        Row row = sheet.createRow(0);
        for (ImportColumn column : columns) {
            header(sheet, row, column.ordinal(), column.header(), column.width());
            if (!numericColumns.contains(column)) {
                sheet.setDefaultColumnStyle(column.ordinal(), text);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    void header(Sheet sheet, Row row, int index, String title, int width) {
        Cell cell = row.createCell(index);
        cell.setCellValue(title);
        cell.setCellStyle(header);
        sheet.setColumnWidth(index, width * CHARACTER_WIDTH);
    }

    void value(Row row, int index, @Nullable Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(index);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
            cell.setCellStyle(text);
        }
    }

    /** Lets the user filter the columns of the data, from the header down to the last row. */
    static void filter(Sheet sheet, int columnCount, int lastRowIndex) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRowIndex, 1), 0, columnCount - 1));
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
