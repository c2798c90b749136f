package ru.masterskaya.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the XLSX files that tests upload, the way Excel would save them, and reads back what the application writes. */
public final class XlsxFixtures {

    public static final List<String> PEOPLE_HEADER = List.of(
            "Фамилия", "Имя", "Отчество", "E-mail", "Телефон", "Организация", "Должность", "Предметы",
            "Квалификационная категория", "Год начала педагогического стажа", "Год рождения", "Работает");

    public static final List<String> ORGANISATIONS_HEADER = List.of(
            "Муниципалитет", "Тип организации", "Краткое наименование", "Полное наименование", "Адрес", "ИНН");

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxFixtures() {}

    /**
     * A first sheet with the header in row 1 and the rows under it. A {@link Number} becomes a
     * numeric cell, null an absent cell, and an empty array a blank row.
     */
    public static byte[] table(List<String> header, List<Object[]> rows) {
        return workbook(workbook -> {
            Sheet sheet = workbook.createSheet("Лист1");
            fill(sheet.createRow(0), header.toArray());
            for (int i = 0; i < rows.size(); i++) {
                fill(sheet.createRow(i + 1), rows.get(i));
            }
        });
    }

    public static byte[] table(List<String> header, Object[]... rows) {
        return table(header, List.of(rows));
    }

    public static byte[] workbook(Consumer<XSSFWorkbook> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            content.accept(workbook);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook in the Excel 97–2003 format, which the import does not read. */
    public static byte[] xls(List<String> header) {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            fill(workbook.createSheet("Лист1").createRow(0), header.toArray());
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook as Excel saves it with «Encrypt with password»: agile encryption inside an OLE2 container. */
    public static byte[] encrypted(byte[] xlsx, String password) {
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(xlsx));
                    OutputStream encrypted = encryptor.getDataStream(container)) {
                workbook.save(encrypted);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException | InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    public static XSSFWorkbook read(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Row row, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
