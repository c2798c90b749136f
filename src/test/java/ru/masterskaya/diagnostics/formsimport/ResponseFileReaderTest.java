package ru.masterskaya.diagnostics.formsimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ru.masterskaya.registry.XlsxFixtures;

class ResponseFileReaderTest {

    @Test
    void aGoogleCsvKeepsQuotedCommasInsideTheirCells() {
        String csv = "\"Отметка времени\",\"Адрес электронной почты\",\"Что входит?\"\r\n"
                + "\"15.09.2025 10:23:45\",\"a@example.ru\",\"Цель посещения, Обратная связь учителю\"\r\n";

        ResponseTable table = ResponseFileReader.read("ответы.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(table.headers()).containsExactly("Отметка времени", "Адрес электронной почты", "Что входит?");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.cell(2)).isEqualTo("Цель посещения, Обратная связь учителю");
        });
    }

    @Test
    void aWindows1251CsvSeparatedBySemicolonsIsRecognised() {
        String csv = "Почта;Я умею, как могу;Вопрос\r\na@example.ru;Могу научить других;Один, два\r\n";

        ResponseTable table = ResponseFileReader.read("ответы.csv", csv.getBytes(Charset.forName("windows-1251")));

        assertThat(table.headers()).containsExactly("Почта", "Я умею, как могу", "Вопрос");
        assertThat(table.rows().getFirst().cells()).containsExactly("a@example.ru", "Могу научить других", "Один, два");
    }

    @Test
    void aUtf8BomIsDropped() {
        byte[] csv = ("\uFEFFПочта;Вопрос\na@example.ru;Да\n").getBytes(StandardCharsets.UTF_8);

        assertThat(ResponseFileReader.read("x.csv", csv).headers()).containsExactly("Почта", "Вопрос");
    }

    @Test
    void aRowWithAnotherNumberOfCellsIsRefusedNamingTheRow() {
        String csv = "Почта,Вопрос,Ещё\na@example.ru,1,2\nb@example.ru,1\n";

        assertThatThrownBy(() -> ResponseFileReader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(FormsFileRejected.class, rejection -> {
                    assertThat(rejection.messageKey()).isEqualTo("formsImport.file.columnCount");
                    assertThat(rejection.arguments()[0]).isEqualTo("3");
                });
    }

    @Test
    void anXlsxIsReadFromItsFirstSheetWithRowNumbersAsExcelShowsThem() {
        byte[] xlsx = XlsxFixtures.table(java.util.List.of("Почта", "Вопрос"), new Object[] {"a@example.ru", 3});

        ResponseTable table = ResponseFileReader.read("x.xlsx", xlsx);

        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.cells()).containsExactly("a@example.ru", "3");
        });
    }

    @Test
    void emptyBinaryEncryptedAndHeaderOnlyFilesAreRefusedWithTheirReason() {
        assertThat(reason(new byte[0])).isEqualTo("formsImport.file.empty");
        assertThat(reason("%PDF-1.7 something".getBytes(StandardCharsets.US_ASCII))).isEqualTo("formsImport.file.notTable");
        assertThat(reason(new byte[] {1, 0, 2, 0, 3})).isEqualTo("formsImport.file.notTable");
        assertThat(reason(XlsxFixtures.encrypted(XlsxFixtures.table(java.util.List.of("Почта", "Вопрос")), "secret")))
                .isEqualTo("formsImport.file.encrypted");
        assertThat(reason("Почта;Вопрос\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("formsImport.file.headerOnly");
        assertThat(reason("просто текст\nбез столбцов\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("formsImport.file.oneColumn");
    }

    @Test
    void moreThanFiveThousandRowsAreRefused() {
        StringBuilder csv = new StringBuilder("Почта;Вопрос\n");
        for (int row = 0; row <= ResponseFileReader.MAX_ROWS; row++) {
            csv.append("p").append(row).append("@example.ru;1\n");
        }

        assertThat(reason(csv.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo("formsImport.file.tooManyRows");
    }

    private static String reason(byte[] content) {
        try {
            ResponseFileReader.read("file", content);
            return "accepted";
        } catch (FormsFileRejected rejection) {
            return rejection.messageKey();
        }
    }
}
