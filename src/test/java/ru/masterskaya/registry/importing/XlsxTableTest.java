package ru.masterskaya.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.masterskaya.registry.importing.PersonColumn.BIRTH_YEAR;
import static ru.masterskaya.registry.importing.PersonColumn.EMAIL;
import static ru.masterskaya.registry.importing.PersonColumn.FIRST_NAME;
import static ru.masterskaya.registry.importing.PersonColumn.LAST_NAME;
import static ru.masterskaya.registry.importing.PersonColumn.PHONE;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.junit.jupiter.api.Test;
import ru.masterskaya.registry.XlsxFixtures;

class XlsxTableTest {

    private static final List<String> HEADER = List.of("Фамилия", "Имя", "E-mail", "Организация", "Должность");
    private static final List<PersonColumn> PEOPLE = List.of(PersonColumn.values());

    @Test
    void readsCellsAsTheTextTheUserSees() throws Exception {
        byte[] file = XlsxFixtures.workbook(workbook -> {
            Sheet sheet = workbook.createSheet("Люди");
            Row header = sheet.createRow(0);
            String[] titles = {"Фамилия", "Имя", "E-mail", "Организация", "Должность", "Телефон", "Год рождения", "Предметы", "Работает", "Отчество"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("\u00A0Иванова  ");
            row.createCell(1).setCellValue("Анна");
            row.createCell(2).setCellValue("ivanova@example.ru");
            row.createCell(3).setCellValue("Школа № 1");
            row.createCell(4).setCellValue(2010.0);
            row.createCell(5).setCellValue(79161234567.0);
            row.createCell(6).setCellFormula("1980+5");
            row.createCell(7).setCellValue(0.1 + 0.2);
            row.createCell(8).setCellValue(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
            row.createCell(9).setCellValue(java.time.LocalDate.of(2021, 9, 1));
            row.getCell(9).setCellStyle(date);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        });

        ImportRow row = XlsxTable.read(new UploadedFile("people.xlsx", file), PEOPLE, 100).rows().getFirst();

        assertThat(row.text(LAST_NAME)).isEqualTo("Иванова");
        assertThat(row.text(PersonColumn.POSITION)).isEqualTo("2010");
        assertThat(row.text(PHONE)).isEqualTo("79161234567");
        assertThat(row.text(BIRTH_YEAR)).isEqualTo("1985");
        assertThat(row.text(PersonColumn.SUBJECTS)).isEqualTo("0.3");
        assertThat(row.text(PersonColumn.ACTIVE)).isEqualTo("TRUE");
        assertThat(row.text(PersonColumn.MIDDLE_NAME)).isEqualTo("01.09.2021");
    }

    @Test
    void keepsLongNumbersWhole() {
        assertThat(CellTextFormatter.plain(770123456789.0)).isEqualTo("770123456789");
        assertThat(CellTextFormatter.plain(2010.0)).isEqualTo("2010");
        assertThat(CellTextFormatter.plain(2.5)).isEqualTo("2.5");
    }

    @Test
    void skipsBlankRowsAndNumbersRowsAsExcelDoes() throws Exception {
        byte[] file = XlsxFixtures.table(HEADER,
                new Object[] {"Иванова", "Анна", "a@example.ru", "Школа", "учитель"},
                new Object[] {},
                new Object[] {"", " ", null, "", ""},
                new Object[] {"Петров", "Пётр", "p@example.ru", "Школа", "учитель"});

        ImportTable table = XlsxTable.read(new UploadedFile("people.xlsx", file), PEOPLE, 100);

        assertThat(table.rows()).extracting(ImportRow::number).containsExactly(2, 5);
        assertThat(table.rows().get(1).text(FIRST_NAME)).isEqualTo("Пётр");
        assertThat(table.has(EMAIL)).isTrue();
        assertThat(table.has(PHONE)).isFalse();
    }

    @Test
    void takesTheFirstFilledRowAsHeader() throws Exception {
        byte[] file = XlsxFixtures.workbook(workbook -> {
            Sheet sheet = workbook.createSheet("Люди");
            for (int i = 0; i < HEADER.size(); i++) {
                sheet.createRow(2).createCell(i);
            }
            Row header = sheet.createRow(3);
            Row data = sheet.createRow(4);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i + 1).setCellValue(HEADER.get(i));
                data.createCell(i + 1).setCellValue("x" + i);
            }
        });

        ImportTable table = XlsxTable.read(new UploadedFile("people.xlsx", file), PEOPLE, 100);

        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(5);
            assertThat(row.text(EMAIL)).isEqualTo("x2");
        });
    }

    @Test
    void countsEveryRowWhenThereAreTooMany() {
        Object[][] rows = new Object[7][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {"Иванова", "Анна", "a" + i + "@example.ru", "Школа", "учитель"};
        }
        byte[] file = XlsxFixtures.table(HEADER, rows);

        assertThatThrownBy(() -> XlsxTable.read(new UploadedFile("people.xlsx", file), PEOPLE, 5))
                .isInstanceOfSatisfying(ImportFileRejected.class, rejected -> {
                    assertThat(rejected.messageKey()).isEqualTo("import.file.tooManyRows");
                    assertThat(rejected.arguments()).containsExactly(7, 5);
                });
    }

    @Test
    void recognisesFilesThatAreNotWorkbooksByTheirContent() {
        assertRejected(new byte[0], "import.file.empty");
        assertRejected("Фамилия;Имя\nИванова;Анна\n".getBytes(StandardCharsets.UTF_8), "import.file.notXlsx");
        assertRejected(new byte[] {'P', 'K'}, "import.file.notXlsx");
        assertRejected(XlsxFixtures.xls(HEADER), "import.file.xls");
        assertRejected(XlsxFixtures.encrypted(XlsxFixtures.table(HEADER, List.of()), "пароль"), "import.file.encrypted");
    }

    @Test
    void rejectsAFileWithAHeaderButNoData() {
        assertRejected(XlsxFixtures.table(HEADER, List.of()), "import.file.noRows");
    }

    private static void assertRejected(byte[] content, String messageKey) {
        assertThatThrownBy(() -> XlsxTable.read(new UploadedFile("people.xlsx", content), PEOPLE, 100))
                .isInstanceOfSatisfying(ImportFileRejected.class, rejected -> assertThat(rejected.messageKey()).isEqualTo(messageKey));
    }
}
