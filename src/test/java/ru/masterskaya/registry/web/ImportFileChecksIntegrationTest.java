package ru.masterskaya.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.masterskaya.registry.XlsxFixtures.PEOPLE_HEADER;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.XlsxFixtures;

/** Files that cannot be imported at all: each is refused with a clear reason, and nothing is kept or saved. */
@MasterskayaIntegrationTest
@TestPropertySource(properties = "masterskaya.registry.max-import-rows=5")
class ImportFileChecksIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    JdbcTemplate jdbc;

    Organisation school;
    CurrentUser deputy;
    long peopleBefore;

    @BeforeEach
    void deputyOfASchool() {
        school = registry.school(registry.municipality());
        deputy = registry.deputyOf(school);
        peopleBefore = countPeople();
    }

    @Test
    void rejectsAnEmptyFile() throws Exception {
        assertRefused(file("пусто.xlsx", new byte[0]), "Файл «пусто.xlsx» пустой.");
    }

    @Test
    void rejectsACsvFileRenamedToXlsx() throws Exception {
        byte[] csv = String.join("\n", "Фамилия;Имя;E-mail;Организация;Должность", "Иванова;Анна;a@example.ru;Школа;учитель")
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(file("people.xlsx", csv), "Файл «people.xlsx» — не книга Excel в формате XLSX. "
                + "Откройте его в Excel или LibreOffice Calc и сохраните как «Книга Excel (.xlsx)».");
    }

    @Test
    void rejectsAnOldXlsWorkbook() throws Exception {
        assertRefused(file("people.xls", XlsxFixtures.xls(PEOPLE_HEADER)), "Файл «people.xls» сохранён в старом формате Excel 97–2003 (XLS). "
                + "Сохраните его как «Книга Excel (.xlsx)» и загрузите снова.");
    }

    @Test
    void rejectsAPasswordProtectedWorkbook() throws Exception {
        byte[] protectedFile = XlsxFixtures.encrypted(XlsxFixtures.table(PEOPLE_HEADER, row("a@example.ru")), "секрет");

        assertRefused(file("people.xlsx", protectedFile), "Файл «people.xlsx» защищён паролем, прочитать его нельзя. Снимите пароль "
                + "(в Excel: Файл → Сведения → Защита книги → Зашифровать с использованием пароля) и загрузите файл снова.");
    }

    @Test
    void rejectsAZipArchiveThatIsNotAWorkbook() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("не таблица".getBytes(StandardCharsets.UTF_8));
        }

        assertRefused(file("people.xlsx", zip.toByteArray()), "Файл «people.xlsx» не удалось прочитать: он повреждён или это не книга Excel. "
                + "Откройте его в Excel или LibreOffice Calc и сохраните как «Книга Excel (.xlsx)».");
    }

    @Test
    void rejectsAFileWithMoreRowsThanAllowed() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(row("many" + i + "-" + RegistryFixtures.unique() + "@example.ru"));
        }

        assertRefused(file("people.xlsx", XlsxFixtures.table(PEOPLE_HEADER, rows)),
                "В файле 6 строк с данными, а за один раз можно загрузить не больше 5. Разделите его на несколько файлов.");
    }

    @Test
    void acceptsAsManyRowsAsAllowed() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(row("enough" + i + "-" + RegistryFixtures.unique() + "@example.ru"));
        }

        mvc.perform(upload(file("people.xlsx", XlsxFixtures.table(PEOPLE_HEADER, rows)))).andExpect(status().isFound());
    }

    @Test
    void namesTheMissingRequiredColumns() throws Exception {
        byte[] file = XlsxFixtures.table(List.of("Фамилия", "Имя", "Организация", "Телефон"),
                new Object[] {"Иванова", "Анна", school.getShortName(), "+7 900 000-00-00"});

        assertRefused(file("people.xlsx", file),
                "В строке заголовков нет обязательных столбцов: «E-mail», «Должность». Возьмите заголовки из шаблона.");
    }

    @Test
    void rejectsAFileWithoutDataRows() throws Exception {
        assertRefused(file("people.xlsx", XlsxFixtures.table(PEOPLE_HEADER, new Object[] {}, new Object[] {"", " "})),
                "В файле «people.xlsx» нет строк с данными: заполните таблицу под строкой заголовков.");
    }

    @Test
    void asksForAFileWhenNoneWasChosen() throws Exception {
        assertRefused(file("", new byte[0]), "Выберите файл XLSX для загрузки.");
    }

    private void assertRefused(MockMultipartFile file, String error) throws Exception {
        String page = mvc.perform(upload(file)).andExpect(status().is(422)).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(page).select("#import-errors li").eachText()).containsExactly(error);
        assertThat(jdbc.queryForObject("select count(*) from import_upload where uploaded_by = ?", Long.class, deputy.getUsername())).isZero();
        assertThat(countPeople()).isEqualTo(peopleBefore);
    }

    private MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file) {
        MockMultipartHttpServletRequestBuilder request = multipart("/people/import").file(file);
        request.with(user(deputy)).with(csrf());
        return request;
    }

    private Object[] row(String email) {
        return new Object[] {"Иванова", "Анна", null, email, null, school.getShortName(), "учитель", null, null, null, null, null};
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, XlsxFixtures.XLSX_TYPE, content);
    }

    private long countPeople() {
        return jdbc.queryForObject("select count(*) from person", Long.class);
    }
}
