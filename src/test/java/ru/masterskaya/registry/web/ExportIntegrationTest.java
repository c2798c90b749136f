package ru.masterskaya.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.masterskaya.registry.XlsxFixtures.ORGANISATIONS_HEADER;
import static ru.masterskaya.registry.XlsxFixtures.PEOPLE_HEADER;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.XlsxFixtures;

@MasterskayaIntegrationTest
class ExportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    Municipality municipality;
    Organisation schoolA;
    Organisation schoolB;
    Person teacherOfB;
    Person teacherElsewhere;
    CurrentUser coordinator;
    CurrentUser deputyOfA;

    @BeforeEach
    void twoSchoolsWithMoreTeachersThanAPage() {
        municipality = registry.municipality();
        schoolA = registry.school(municipality);
        schoolB = registry.school(municipality);
        for (int i = 0; i < 27; i++) {
            registry.teacher(schoolA, "Учитель" + (char) ('А' + i), "Ирина");
        }
        Person left = registry.teacher(schoolA, "Ушедшая", "Ульяна");
        jdbc.update("update person set active = false where id = ?", left.getId());
        teacherOfB = registry.teacher(schoolB, "Борисова", "Берта");
        teacherElsewhere = registry.teacher(registry.school(registry.municipality()), "Дальняя", "Дина");
        coordinator = registry.coordinatorOf(municipality, schoolB);
        deputyOfA = registry.deputyOf(schoolA);
    }

    @Test
    void exportsExactlyTheFilteredListWithAllItsPages() throws Exception {
        String query = "?organisation=" + schoolA.getId() + "&sort=name&dir=desc";
        List<String> listed = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            Document html = Jsoup.parse(mvc.perform(get("/people" + query + "&page=" + page).with(user(coordinator)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            listed.addAll(html.select("#people-table tbody td.person-email").eachText());
        }

        MvcResult export = mvc.perform(get("/people/export" + query).with(user(coordinator))).andExpect(status().isOk()).andReturn();

        String file = "people-" + LocalDate.now(clock) + ".xlsx";
        assertThat(export.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + file + "\"; filename*=UTF-8''" + file);
        assertThat(export.getResponse().getContentType()).isEqualTo(XlsxFixtures.XLSX_TYPE);
        try (XSSFWorkbook workbook = XlsxFixtures.read(export.getResponse().getContentAsByteArray())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).isEqualTo(PEOPLE_HEADER);
            assertThat(column(sheet, 3)).hasSize(28).isEqualTo(listed);
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L29");
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(1));
            Row first = sheet.getRow(1);
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo(schoolA.getShortName());
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("Первая");
            assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(2010);
            assertThat(first.getCell(11).getStringCellValue()).isEqualTo("да");
        }
    }

    @Test
    void theExportLinkOfTheListCarriesItsFilter() throws Exception {
        Document list = Jsoup.parse(mvc.perform(get("/people?q=ушедшая&status=all").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        URI link = URI.create(list.select("#people-export").attr("href"));

        List<String> exported = emails(mvc.perform(get(link).with(user(coordinator))).andExpect(status().isOk()).andReturn());

        assertThat(exported).isEqualTo(list.select("#people-table tbody td.person-email").eachText()).hasSize(1);
    }

    @Test
    void exportContainsOnlyThePeopleTheUserMaySee() throws Exception {
        List<String> emails = emails(mvc.perform(get("/people/export?status=all").with(user(deputyOfA))).andReturn());

        assertThat(emails).hasSize(29).doesNotContain(teacherOfB.getEmail(), teacherElsewhere.getEmail());
        assertThat(jdbc.queryForList("select distinct organisation_id from person where email in (" + "?,".repeat(emails.size() - 1) + "?)",
                Object.class, emails.toArray())).containsExactly(schoolA.getId());
        assertThat(emails(mvc.perform(get("/people/export?organisation=" + schoolB.getId()).with(user(deputyOfA))).andReturn())).isEmpty();
        assertThat(emails(mvc.perform(get("/people/export?status=all").with(user(coordinator))).andReturn()))
                .contains(teacherOfB.getEmail()).doesNotContain(teacherElsewhere.getEmail());
    }

    @Test
    void anExportedListImportsBackWithoutChanges() throws Exception {
        byte[] export = mvc.perform(get("/people/export?status=all&organisation=" + schoolA.getId()).with(user(deputyOfA)))
                .andReturn().getResponse().getContentAsByteArray();

        String preview = mvc.perform(multipart("/people/import")
                        .file(new MockMultipartFile("file", "people.xlsx", XlsxFixtures.XLSX_TYPE, export))
                        .with(user(deputyOfA))
                        .with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        Document page = Jsoup.parse(mvc.perform(get(preview).with(user(deputyOfA))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#import-created").text()).isEqualTo("Будет добавлено: 0");
        assertThat(page.select("#import-updated").text()).isEqualTo("Будет обновлено: 0");
        assertThat(page.select("#import-unchanged").text()).isEqualTo("Без изменений: 29");
    }

    @Test
    void organisationsExportHoldsTheFilteredOrganisationsInScope() throws Exception {
        MvcResult export = mvc.perform(get("/organisations/export?sort=name").with(user(coordinator))).andExpect(status().isOk()).andReturn();

        assertThat(export.getResponse().getHeader("Content-Disposition")).startsWith("attachment; filename=\"organisations-");
        try (XSSFWorkbook workbook = XlsxFixtures.read(export.getResponse().getContentAsByteArray())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).isEqualTo(ORGANISATIONS_HEADER);
            assertThat(column(sheet, 2)).containsExactly(schoolA.getShortName(), schoolB.getShortName());
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(municipality.getName());
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Общеобразовательная школа");
        }
        try (XSSFWorkbook workbook = XlsxFixtures.read(
                mvc.perform(get("/organisations/export").with(user(deputyOfA))).andReturn().getResponse().getContentAsByteArray())) {
            assertThat(column(workbook.getSheetAt(0), 2)).containsExactly(schoolA.getShortName());
        }
    }

    private static List<String> emails(MvcResult export) throws Exception {
        try (XSSFWorkbook workbook = XlsxFixtures.read(export.getResponse().getContentAsByteArray())) {
            return column(workbook.getSheetAt(0), 3);
        }
    }

    private static List<String> column(XSSFSheet sheet, int index) {
        List<String> values = new ArrayList<>();
        for (int row = 1; row <= sheet.getLastRowNum(); row++) {
            values.add(sheet.getRow(row).getCell(index).getStringCellValue());
        }
        return values;
    }

    private static List<String> texts(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }
}
