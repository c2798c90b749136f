package ru.masterskaya.diagnostics.instrument.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.masterskaya.registry.SearchText;

/**
 * Reads the «Вопросы» sheet of an uploaded workbook (or its first sheet when no sheet has that
 * name) as text, the way the user sees it. The first non-blank row is the header; its columns
 * are found by name, in any order, case and «ё» ignored. Blank rows are skipped.
 */
final class InstrumentSheet {

    static final int MAX_ROWS = 1000;
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private InstrumentSheet() {}

    static List<SheetRow> read(byte[] content) throws InstrumentFileRejected {
        ensureXlsx(content);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheet(InstrumentExport.QUESTIONS_SHEET);
            if (sheet == null) {
                sheet = workbook.getSheetAt(0);
            }
            return rows(sheet);
        } catch (InstrumentFileRejected e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new InstrumentFileRejected("instrumentImport.file.encrypted");
        } catch (IOException | RuntimeException e) {
            throw new InstrumentFileRejected("instrumentImport.file.unreadable");
        }
    }

    private static void ensureXlsx(byte[] content) throws InstrumentFileRejected {
        if (content.length == 0) {
            throw new InstrumentFileRejected("instrumentImport.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InstrumentFileRejected("instrumentImport.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(content);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OLE2) {
            throw new InstrumentFileRejected("instrumentImport.file.xlsOrEncrypted");
        }
        if (magic != FileMagic.OOXML) {
            throw new InstrumentFileRejected("instrumentImport.file.notXlsx");
        }
    }

    private static List<SheetRow> rows(Sheet sheet) throws InstrumentFileRejected {
        DataFormatter formatter = new DataFormatter(InstrumentExport.RUSSIAN);
        Map<QuestionColumn, Integer> layout = null;
        List<SheetRow> rows = new ArrayList<>();
        int dataRows = 0;
        for (Row row : sheet) {
            Map<Integer, String> cells = new HashMap<>();
            for (Cell cell : row) {
                String text = formatter.formatCellValue(cell).replace('\u00A0', ' ').replace("\u200B", "").strip();
                if (!text.isEmpty()) {
                    cells.put(cell.getColumnIndex(), text);
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            if (layout == null) {
                layout = locate(cells);
                continue;
            }
            Map<QuestionColumn, String> values = new EnumMap<>(QuestionColumn.class);
            layout.forEach((column, index) -> {
                String text = cells.get(index);
                if (text != null) {
                    values.put(column, text);
                }
            });
            if (values.keySet().stream().allMatch(column -> column == QuestionColumn.NUMBER || column == QuestionColumn.BLOCK)) {
                continue;
            }
            dataRows++;
            if (dataRows <= MAX_ROWS) {
                rows.add(new SheetRow(row.getRowNum() + 1, values));
            }
        }
        if (layout == null || rows.isEmpty()) {
            throw new InstrumentFileRejected("instrumentImport.file.noRows");
        }
        if (dataRows > MAX_ROWS) {
            throw new InstrumentFileRejected("instrumentImport.file.tooManyRows", dataRows, MAX_ROWS);
        }
        return rows;
    }

    private static Map<QuestionColumn, Integer> locate(Map<Integer, String> header) throws InstrumentFileRejected {
        Map<QuestionColumn, Integer> layout = new EnumMap<>(QuestionColumn.class);
        header.forEach((index, text) -> {
            for (QuestionColumn column : QuestionColumn.values()) {
                if (SearchText.normalize(column.header()).equals(SearchText.normalize(text))) {
                    layout.putIfAbsent(column, index);
                }
            }
        });
        List<QuestionColumn> missing = QuestionColumn.requiredColumns().stream().filter(column -> !layout.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new InstrumentFileRejected("instrumentImport.file.missingColumns",
                    missing.stream().map(column -> "«" + column.header() + "»").collect(Collectors.joining(", ")));
        }
        return layout;
    }
}
