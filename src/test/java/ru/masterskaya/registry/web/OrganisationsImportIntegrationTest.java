package ru.masterskaya.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.masterskaya.registry.XlsxFixtures.ORGANISATIONS_HEADER;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.OrganisationParameters;
import ru.masterskaya.registry.OrganisationRepository;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.RegistryScope;
import ru.masterskaya.registry.XlsxFixtures;

@MasterskayaIntegrationTest
class OrganisationsImportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    OrganisationManagement management;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    JdbcTemplate jdbc;

    Municipality municipality;
    Organisation school;
    CurrentUser coordinator;

    @BeforeEach
    void coordinatorOfAMunicipality() {
        municipality = registry.municipality();
        school = registry.school(municipality);
        coordinator = registry.coordinatorOf(municipality, school);
    }

    @Test
    void createsAndUpdatesOrganisationsAfterConfirmation() throws Exception {
        String kindergarten = "МБДОУ д/с «Солнышко» № " + RegistryFixtures.unique();
        String centre = "ЦДТ «Радуга» " + RegistryFixtures.unique();
        byte[] file = XlsxFixtures.table(ORGANISATIONS_HEADER,
                new Object[] {municipality.getName(), "Общеобразовательная школа", school.getShortName(), school.getFullName(),
                        "ул. Ленина, 1", inn()},
                new Object[] {municipality.getName().toLowerCase(), "PRESCHOOL", kindergarten, "Муниципальное бюджетное дошкольное "
                        + "образовательное учреждение детский сад «Солнышко»", null, null},
                new Object[] {municipality.getName(), "организация дополнительного образования (удо)", centre, "Центр детского творчества «Радуга»",
                        "пр. Мира, 5", null});

        String preview = upload(coordinator, file).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        Document page = Jsoup.parse(mvc.perform(get(preview).with(user(coordinator))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#import-created").text()).isEqualTo("Будет добавлено: 2");
        assertThat(page.select("#import-updated").text()).isEqualTo("Будет обновлено: 1");
        assertThat(page.select("#import-rows tbody tr").first().text()).endsWith("обновить " + school.getShortName() + " " + municipality.getName() + " Адрес, ИНН");

        mvc.perform(post(preview + "/confirm").with(user(coordinator)).with(csrf())).andExpect(redirectedUrl("/organisations"));

        Organisation updated = organisations.findById(school.getId()).orElseThrow();
        assertThat(updated.getAddress()).isEqualTo("ул. Ленина, 1");
        assertThat(organisations.findAll()).filteredOn(organisation -> organisation.getShortName().equals(kindergarten))
                .singleElement()
                .satisfies(created -> assertThat(created.getType().getCode()).isEqualTo("PRESCHOOL"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ? and subject = 'ORGANISATION'", Long.class,
                coordinator.getUsername())).isEqualTo(3);
    }

    @Test
    void importsAFileOfNewOrganisationsOnly() throws Exception {
        String name = "МБОУ ООШ № " + RegistryFixtures.unique();
        byte[] file = XlsxFixtures.table(ORGANISATIONS_HEADER, new Object[] {municipality.getName(), "SCHOOL", name, name + " полное", null, null});

        String preview = upload(coordinator, file).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(preview + "/confirm").with(user(coordinator)).with(csrf())).andExpect(redirectedUrl("/organisations"));

        assertThat(organisations.findAll()).extracting(Organisation::getShortName).contains(name);
    }

    @Test
    void rejectsTheSameOrganisationTwiceInTheFile() throws Exception {
        String name = "МБОУ «Ёлкинская СОШ» " + RegistryFixtures.unique();
        byte[] file = XlsxFixtures.table(ORGANISATIONS_HEADER,
                new Object[] {municipality.getName(), "SCHOOL", name, name + " полное", null, null},
                new Object[] {municipality.getName(), "SCHOOL", name.replace('Ё', 'Е').toLowerCase(), name + " полное", null, null});

        assertThat(errors(upload(coordinator, file).andExpect(status().is(422)).andReturn())).containsExactly(
                "Строка 3, столбец «Краткое наименование»: «" + name.replace('Ё', 'Е').toLowerCase()
                        + "» — эта организация этого муниципалитета уже указана в строке 2");
    }

    @Test
    void rejectsAnInnThatAnotherOrganisationHas() throws Exception {
        String inn = inn();
        management.register(new OrganisationParameters(registry.municipality().getId(), "SCHOOL", "Чужая школа " + RegistryFixtures.unique(),
                "Чужая школа", null, inn), RegistryScope.EVERYTHING, "test");
        byte[] file = XlsxFixtures.table(ORGANISATIONS_HEADER,
                new Object[] {municipality.getName(), "SCHOOL", "Новая школа " + RegistryFixtures.unique(), "Новая школа", null, inn});

        assertThat(errors(upload(coordinator, file).andExpect(status().is(422)).andReturn())).containsExactly(
                "Строка 2, столбец «ИНН»: «" + inn + "» — этот ИНН уже указан у другой организации реестра");
    }

    @Test
    void rejectsUnknownMunicipalitiesTypesAndMalformedInns() throws Exception {
        Municipality foreign = registry.municipality();
        byte[] file = XlsxFixtures.table(ORGANISATIONS_HEADER,
                new Object[] {foreign.getName(), "SCHOOL", "Школа " + RegistryFixtures.unique(), "Школа", null, null},
                new Object[] {municipality.getName(), "Гимназия", "Гимназия " + RegistryFixtures.unique(), "Гимназия", null, "12345"},
                new Object[] {municipality.getName(), null, "Лицей", null, null, null});

        assertThat(errors(upload(coordinator, file).andExpect(status().is(422)).andReturn())).containsExactly(
                "Строка 2, столбец «Муниципалитет»: «" + foreign.getName() + "» — муниципалитет не найден среди доступных вам",
                "Строка 3, столбец «Тип организации»: «Гимназия» — нет такого типа организации; допустимые значения — на листе «Справочник» шаблона",
                "Строка 3, столбец «ИНН»: «12345» — ИНН состоит из 10 цифр (для организации) или 12 цифр",
                "Строка 4, столбец «Тип организации»: не заполнено — укажите тип организации",
                "Строка 4, столбец «Полное наименование»: не заполнено — укажите полное наименование");
    }

    @Test
    void deputyCannotImportOrganisations() throws Exception {
        CurrentUser deputy = registry.deputyOf(school);

        mvc.perform(get("/organisations/import").with(user(deputy))).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/import/template").with(user(deputy))).andExpect(status().isForbidden());
        upload(deputy, XlsxFixtures.table(ORGANISATIONS_HEADER, new Object[] {municipality.getName(), "SCHOOL", "Школа", "Школа", null, null}))
                .andExpect(status().isForbidden());
    }

    @Test
    void templateListsTheMunicipalitiesInScopeAndTheTypes() throws Exception {
        byte[] template = mvc.perform(get("/organisations/import/template").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (var workbook = XlsxFixtures.read(template)) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(5).getStringCellValue()).isEqualTo("ИНН");
            var reference = workbook.getSheet("Справочник");
            assertThat(reference.getRow(1).getCell(0).getStringCellValue()).isEqualTo(municipality.getName());
            assertThat(reference.getRow(2).getCell(0)).isNull();
            assertThat(reference.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Общеобразовательная школа");
            assertThat(workbook.getSheetAt(0).getDataValidations()).hasSize(2);
        }
    }

    private ResultActions upload(CurrentUser uploader, byte[] file) throws Exception {
        return mvc.perform(multipart("/organisations/import")
                .file(new MockMultipartFile("file", "organisations.xlsx", XlsxFixtures.XLSX_TYPE, file))
                .with(user(uploader))
                .with(csrf()));
    }

    private static List<String> errors(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString()).select("#import-errors li").eachText();
    }

    private static String inn() {
        return String.valueOf(7_700_000_000L + RegistryFixtures.unique() * 7L + System.nanoTime() % 1_000_000);
    }
}
