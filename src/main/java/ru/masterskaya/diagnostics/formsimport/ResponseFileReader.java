package ru.masterskaya.diagnostics.formsimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an export of Яндекс Формы (XLSX) or Google Forms (CSV) into a {@link ResponseTable}. A CSV
 * file may be UTF-8 (with or without a BOM) or windows-1251 and separated by commas, semicolons or
 * tabs: the encoding is the one that decodes the bytes cleanly, the separator the one that gives
 * every row the same number of cells. Anything else is refused with the reason.
 */
public final class ResponseFileReader {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final char[] SEPARATORS = {',', ';', '\t'};
    private static final int SNIFFED_RECORDS = 20;
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private ResponseFileReader() {}

    public static ResponseTable read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new FormsFileRejected("formsImport.file.empty", fileName);
        }
        if (content.length > MAX_BYTES) {
            throw new FormsFileRejected("formsImport.file.tooLarge", fileName, MAX_BYTES / (1024 * 1024));
        }
        FileMagic magic = FileMagic.valueOf(content);
        ResponseTable table = switch (magic) {
            case OOXML -> readXlsx(fileName, content);
            case OLE2 -> throw new FormsFileRejected(isEncrypted(content) ? "formsImport.file.encrypted" : "formsImport.file.xls", fileName);
            default -> {
                if (magic != FileMagic.UNKNOWN || looksBinary(content)) {
                    throw new FormsFileRejected("formsImport.file.notTable", fileName);
                }
                yield readCsv(fileName, content);
            }
        };
        if (table.headers().size() < 2) {
            throw new FormsFileRejected("formsImport.file.oneColumn", fileName);
        }
        if (table.rows().isEmpty()) {
            throw new FormsFileRejected("formsImport.file.headerOnly", fileName);
        }
        return table;
    }

    // ---- CSV

    private static ResponseTable readCsv(String fileName, byte[] content) {
        String text = decode(content);
        char separator = separatorOf(text);
        List<String> headers = null;
        List<ResponseTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = format(separator).parse(new java.io.StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(ResponseFileReader::clean).toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (headers == null) {
                    headers = trimTrailingEmpty(cells);
                    continue;
                }
                int rowNumber = (int) record.getRecordNumber();
                if (cells.size() < headers.size() || !onlyEmptyBeyond(cells, headers.size())) {
                    throw new FormsFileRejected("formsImport.file.columnCount", String.valueOf(rowNumber), cells.size(), headers.size());
                }
                addRow(rows, new ResponseTable.Row(rowNumber, cells.subList(0, Math.min(cells.size(), headers.size()))));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new FormsFileRejected("formsImport.file.unreadableCsv", fileName);
        }
        if (headers == null) {
            throw new FormsFileRejected("formsImport.file.empty", fileName);
        }
        return new ResponseTable(headers, rows);
    }

    private static CSVFormat format(char separator) {
        return CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
    }

    /** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise windows-1251, the other encoding Excel saves Russian CSV in. */
    static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, WINDOWS_1251);
        }
    }

    /**
     * The separator that splits the header into the most cells, preferring one that gives the first
     * records all the same number of cells; a row that still differs is reported by its number.
     */
    static char separatorOf(String text) {
        char best = ',';
        int bestScore = 0;
        for (char candidate : SEPARATORS) {
            int score = score(text, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static int score(String text, char separator) {
        int columns = -1;
        boolean consistent = true;
        int seen = 0;
        try (CSVParser parser = format(separator).parse(new java.io.StringReader(text))) {
            for (CSVRecord record : parser) {
                if (seen++ == SNIFFED_RECORDS) {
                    break;
                }
                if (columns == -1) {
                    columns = record.size();
                } else if (record.size() != columns) {
                    consistent = false;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return 0;
        }
        if (columns < 2) {
            return 0;
        }
        return consistent ? columns * 2 : columns;
    }

    // ---- XLSX

    private static ResponseTable readXlsx(String fileName, byte[] content) {
        try (OPCPackage opened = OPCPackage.open(new ByteArrayInputStream(content)); XSSFWorkbook workbook = new XSSFWorkbook(opened)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new FormsFileRejected("formsImport.file.empty", fileName);
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = null;
            List<ResponseTable.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = cellsOf(row);
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (headers == null) {
                    headers = trimTrailingEmpty(cells);
                    continue;
                }
                if (!onlyEmptyBeyond(cells, headers.size())) {
                    throw new FormsFileRejected("formsImport.file.columnCountXlsx", String.valueOf(row.getRowNum() + 1),
                            ResponseTable.letter(lastFilled(cells)), ResponseTable.letter(headers.size() - 1));
                }
                addRow(rows, new ResponseTable.Row(row.getRowNum() + 1, cells.subList(0, Math.min(cells.size(), headers.size()))));
            }
            if (headers == null) {
                throw new FormsFileRejected("formsImport.file.empty", fileName);
            }
            return new ResponseTable(headers, rows);
        } catch (FormsFileRejected e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new FormsFileRejected("formsImport.file.encrypted", fileName);
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new FormsFileRejected("formsImport.file.unreadableXlsx", fileName);
        }
    }

    private static List<String> cellsOf(Row row) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
            Cell cell = row.getCell(column);
            cells.add(cell == null ? "" : clean(textOf(cell, cell.getCellType())));
        }
        return cells;
    }

    private static String textOf(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? DATE_TIME.format(cell.getLocalDateTimeCellValue())
                    : BigDecimal.valueOf(cell.getNumericCellValue()).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA -> textOf(cell, cell.getCachedFormulaResultType());
            default -> "";
        };
    }

    private static boolean isEncrypted(byte[] content) {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return container.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    // ---- both

    private static void addRow(List<ResponseTable.Row> rows, ResponseTable.Row row) {
        if (rows.size() == MAX_ROWS) {
            throw new FormsFileRejected("formsImport.file.tooManyRows", String.valueOf(MAX_ROWS));
        }
        rows.add(row);
    }

    private static boolean looksBinary(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> trimTrailingEmpty(List<String> cells) {
        return cells.subList(0, lastFilled(cells) + 1);
    }

    private static int lastFilled(List<String> cells) {
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isEmpty()) {
            last--;
        }
        return last;
    }

    private static boolean onlyEmptyBeyond(List<String> cells, int width) {
        return lastFilled(cells) < width;
    }

    private static String clean(String text) {
        return text.replace('\u00A0', ' ').replace("\u200B", "").strip();
    }
}
