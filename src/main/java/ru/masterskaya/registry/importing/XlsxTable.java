package ru.masterskaya.registry.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an uploaded workbook as text, the way the user sees it. The sheet is
 * streamed, so a large file costs little memory and rows beyond the limit are only counted. The
 * first non-blank row is the header; blank rows are skipped.
 */
final class XlsxTable {

    private XlsxTable() {}

    static ImportTable read(UploadedFile file, List<? extends ImportColumn> columns, int maxRows) throws ImportFileRejected {
        ensureXlsx(file);
        OPCPackage workbook = open(file);
        try {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileRejected("import.file.noRows", file.name());
            }
            SheetRows rows = new SheetRows(columns, maxRows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), null, new ReadOnlySharedStringsTable(workbook), rows, new CellTextFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            return rows.table(file);
        } catch (SheetRows.HeaderRejected e) {
            throw e.rejection;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser", e);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            throw new ImportFileRejected("import.file.unreadable", file.name());
        } finally {
            workbook.revert();
        }
    }

    private static void ensureXlsx(UploadedFile file) throws ImportFileRejected {
        if (file.content().length == 0) {
            throw new ImportFileRejected("import.file.empty", file.name());
        }
        FileMagic magic = FileMagic.valueOf(file.content());
        if (magic == FileMagic.OLE2) {
            throw new ImportFileRejected(isEncrypted(file) ? "import.file.encrypted" : "import.file.xls", file.name());
        }
        if (magic != FileMagic.OOXML) {
            throw new ImportFileRejected("import.file.notXlsx", file.name());
        }
    }

    /** A password-protected XLSX is an OLE2 container holding the encrypted package, as an XLS is. */
    private static boolean isEncrypted(UploadedFile file) {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(file.content()))) {
            return container.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static OPCPackage open(UploadedFile file) throws ImportFileRejected {
        try {
            return OPCPackage.open(new ByteArrayInputStream(file.content()));
        } catch (EncryptedDocumentException e) {
            throw new ImportFileRejected("import.file.encrypted", file.name());
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw new ImportFileRejected("import.file.unreadable", file.name());
        }
    }

    /** Collects rows as the sheet streams by. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<? extends ImportColumn> columns;
        private final int maxRows;
        private final List<ImportRow> rows = new ArrayList<>();
        private Map<Integer, String> cells = new HashMap<>();
        private Map<ImportColumn, Integer> layout = Map.of();
        private boolean headerSeen;
        private int dataRows;

        SheetRows(List<? extends ImportColumn> columns, int maxRows) {
            this.columns = columns;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowIndex) {
            cells = new HashMap<>();
        }

        @Override
        public void cell(String reference, String formattedValue, @Nullable XSSFComment comment) {
            String text = clean(formattedValue);
            if (!text.isEmpty()) {
                cells.put((int) new CellReference(reference).getCol(), text);
            }
        }

        @Override
        public void endRow(int rowIndex) {
            if (cells.isEmpty()) {
                return;
            }
            if (!headerSeen) {
                headerSeen = true;
                try {
                    layout = ColumnHeaders.locate(cells, columns);
                } catch (ImportFileRejected e) {
                    throw new HeaderRejected(e);
                }
                return;
            }
            Map<ImportColumn, String> values = new HashMap<>();
            layout.forEach((column, index) -> {
                String text = cells.get(index);
                if (text != null) {
                    values.put(column, text);
                }
            });
            if (values.isEmpty()) {
                return;
            }
            dataRows++;
            if (dataRows <= maxRows) {
                rows.add(new ImportRow(rowIndex + 1, values));
            }
        }

        ImportTable table(UploadedFile file) throws ImportFileRejected {
            if (dataRows > maxRows) {
                throw new ImportFileRejected("import.file.tooManyRows", dataRows, maxRows);
            }
            if (rows.isEmpty()) {
                throw new ImportFileRejected("import.file.noRows", file.name());
            }
            return new ImportTable(layout.keySet(), List.copyOf(rows));
        }

        private static String clean(String text) {
            return text.replace('\u00A0', ' ').replace("\u200B", "").strip();
        }

        /** Carries a rejected header out of the SAX callbacks, which cannot throw checked exceptions. */
        private static final class HeaderRejected extends RuntimeException {

            private final ImportFileRejected rejection;

            HeaderRejected(ImportFileRejected rejection) {
                super(null, null, false, false);
                this.rejection = rejection;
            }
        }
    }
}
