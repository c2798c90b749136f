package ru.masterskaya.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.masterskaya.registry.XlsxFixtures.PEOPLE_HEADER;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.QualificationCategory;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.XlsxFixtures;

@MasterskayaIntegrationTest
class PeopleImportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    PersonRepository people;

    @Autowired
    JdbcTemplate jdbc;

    Municipality municipality;
    Organisation schoolA;
    Organisation schoolB;
    CurrentUser coordinator;
    CurrentUser deputyOfA;

    @BeforeEach
    void twoSchoolsOfOneMunicipality() {
        municipality = registry.municipality();
        schoolA = registry.school(municipality);
        schoolB = registry.school(municipality);
        coordinator = registry.coordinatorOf(municipality, schoolA);
        deputyOfA = registry.deputyOf(schoolA);
    }

    @Test
    void importsNewPeopleAfterPreviewAndConfirmation() throws Exception {
        String anna = email("anna");
        String boris = email("boris");
        byte[] file = XlsxFixtures.table(PEOPLE_HEADER,
                new Object[] {"Иванова", "Анна", "Сергеевна", anna, "+7 912 345-67-89", schoolA.getShortName(), "учитель математики",
                        "математика, информатика", "высшая", 2005, 1980, "да"},
                new Object[] {"Борисов", "Борис", null, boris, null, schoolB.getShortName(), "учитель физики", null, null, 2023, 2000, null});

        String preview = upload(coordinator, file).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(preview).matches("/people/import/[0-9a-f-]{36}");

        Document page = page(mvc.perform(get(preview).with(user(coordinator))).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#import-created").text()).isEqualTo("Будет добавлено: 2");
        assertThat(page.select("#import-updated").text()).isEqualTo("Будет обновлено: 0");
        assertThat(page.select("#import-rows tbody tr")).extracting(row -> row.text()).containsExactly(
                "2 добавить Иванова Анна Сергеевна " + schoolA.getShortName(),
                "3 добавить Борисов Борис " + schoolB.getShortName());
        assertThat(people.findByEmail(anna)).isEmpty();

        MvcResult confirmed = mvc.perform(post(preview + "/confirm").with(user(coordinator)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/people"))
                .andReturn();

        Person imported = people.findByEmail(anna).orElseThrow();
        assertThat(imported.getFullName().full()).isEqualTo("Иванова Анна Сергеевна");
        assertThat(imported.getPhone()).isEqualTo("+7 912 345-67-89");
        assertThat(imported.getSubjects()).isEqualTo("математика, информатика");
        assertThat(imported.getCategory()).isEqualTo(QualificationCategory.HIGHEST);
        assertThat(imported.getExperienceSinceYear()).isEqualTo(2005);
        assertThat(imported.getBirthYear()).isEqualTo(1980);
        Person second = people.findByEmail(boris).orElseThrow();
        assertThat(second.getCategory()).isEqualTo(QualificationCategory.NONE);
        assertThat(second.isActive()).isTrue();
        assertThat(auditEntries(coordinator, "CREATED")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from import_upload where uploaded_by = ?", Long.class, coordinator.getUsername()))
                .isZero();

        String list = mvc.perform(get("/people").with(user(coordinator)).cookie(confirmed.getResponse().getCookies()))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(list).select("[role=status]").text()).isEqualTo("Импорт выполнен: добавлено 2, обновлено 0");
    }

    @Test
    void updatesThePersonWithTheSameEmailAndShowsWhatChanges() throws Exception {
        Person teacher = registry.teacher(schoolA, "Алексеева", "Анна");
        byte[] file = XlsxFixtures.table(PEOPLE_HEADER, new Object[] {
                "Алексеева", "Анна", "Петрович", teacher.getEmail().toUpperCase(), "8 (900) 123-45-67", schoolA.getShortName(),
                "учитель истории", null, "Первая", 2010, 1985, "да"});

        String preview = upload(coordinator, file).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        Document page = page(mvc.perform(get(preview).with(user(coordinator))).andReturn());
        assertThat(page.select("#import-created").text()).isEqualTo("Будет добавлено: 0");
        assertThat(page.select("#import-updated").text()).isEqualTo("Будет обновлено: 1");
        assertThat(page.select("#import-rows tbody tr").text()).endsWith("Телефон, Должность");

        mvc.perform(post(preview + "/confirm").with(user(coordinator)).with(csrf())).andExpect(redirectedUrl("/people"));

        Person updated = people.findByEmail(teacher.getEmail()).orElseThrow();
        assertThat(updated.getPosition()).isEqualTo("учитель истории");
        assertThat(updated.getPhone()).isEqualTo("8 (900) 123-45-67");
        assertThat(updated.getVersion()).isEqualTo(teacher.getVersion() + 1);
        assertThat(auditEntries(coordinator, "CHANGED")).isEqualTo(1);
    }

    @Test
    void rejectsFileWithThreeBadRowsAndSavesNothing() throws Exception {
        String good = email("good");
        byte[] file = XlsxFixtures.table(PEOPLE_HEADER,
                new Object[] {"Горева", "Галина", null, good, null, schoolA.getShortName(), "учитель", null, null, null, null, null},
                new Object[] {"Иванов", "Иван", null, "ivanov@", null, schoolA.getShortName(), "учитель", null, null, null, null, null},
                new Object[] {},
                new Object[] {null, "Пётр", null, email("petrov"), null, schoolA.getShortName(), "учитель", null, null, null, null, null},
                new Object[] {"Сидорова", "Софья", null, email("sidorova"), null, schoolA.getShortName(), "учитель", null, "вторая", null, 2020, "может быть"});

        MvcResult result = upload(coordinator, file).andExpect(status().is(422)).andReturn();

        assertThat(errors(result)).containsExactly(
                "Строка 3, столбец «E-mail»: «ivanov@» — не адрес электронной почты",
                "Строка 5, столбец «Фамилия»: не заполнено — укажите фамилию",
                "Строка 6, столбец «Квалификационная категория»: «вторая» — нет такой квалификационной категории; "
                        + "допустимые значения — на листе «Справочник» шаблона",
                "Строка 6, столбец «Год рождения»: «2020» — год рождения слишком поздний: сотруднику должно быть не меньше 14 лет",
                "Строка 6, столбец «Работает»: «может быть» — укажите «да» или «нет»");
        assertThat(page(result).select("#import-errors p").text()).isEqualTo("Найдено ошибок: 5. Ничего не сохранено.");
        assertThat(people.findByEmail(good)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from import_upload where uploaded_by = ?", Long.class, coordinator.getUsername()))
                .isZero();
    }

    @Test
    void reportsErrorsInTheLanguageOfTheInterface() throws Exception {
        byte[] file = XlsxFixtures.table(PEOPLE_HEADER,
                new Object[] {"Иванов", "Иван", null, "ivanov@", null, schoolA.getShortName(), "учитель", null, null, null, null, null},
                new Object[] {null, "Пётр", null, email("petrov"), null, schoolA.getShortName(), "учитель", null, null, "1900", null, null});

        MvcResult result = mvc.perform(multipart("/people/import")
                        .file(new MockMultipartFile("file", "people.xlsx", XlsxFixtures.XLSX_TYPE, file))
                        .cookie(new Cookie("masterskaya-lang", "en"))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().is(422))
                .andReturn();

        assertThat(errors(result)).containsExactly(
                "Row 2, column «E-mail»: «ivanov@» — not an e-mail address",
                "Row 3, column «Фамилия»: empty — enter the last name",
                "Row 3, column «Год начала педагогического стажа»: «1900» — the year must be between 1950 and this year");
        assertThat(page(result).select("#import-errors p").text()).isEqualTo("Errors found: 3. Nothing was saved.");
    }

    @Test
    void rejectsEmailRepeatedInTheFileNamingTheEarlierRow() throws Exception {
        String twice = email("twice");
        byte[] file = XlsxFixtures.table(PEOPLE_HEADER,
                new Object[] {"Дважды", "Дарья", null, twice, null, schoolA.getShortName(), "учитель", null, null, null, null, null},
                new Object[] {"Другая", "Дина", null, email("other"), null, schoolA.getShortName(), "учитель", null, null, null, null, null},
                new Object[] {"Дважды", "Дарья", null, twice.toUpperCase(), null, schoolB.getShortName(), "учитель", null, null, null, null, null});

        assertThat(errors(upload(coordinator, file).andExpect(status().is(422)).andReturn())).containsExactly(
                "Строка 4, столбец «E-mail»: «" + twice.toUpperCase() + "» — этот адрес уже указан в строке 2");
    }

    @Test
    void rejectsEmailOfAPersonOutsideTheScopeWithoutNamingThem() throws Exception {
        Person teacherOfB = registry.teacher(schoolB, "Борисова", "Берта");
        byte[] file = XlsxFixtures.table(PEOPLE_HEADER, new Object[] {
                "Новикова", "Нина", null, teacherOfB.getEmail(), null, schoolA.getShortName(), "учитель", null, null, null, null, null});

        MvcResult result = upload(deputyOfA, file).andExpect(status().is(422)).andReturn();

        assertThat(errors(result)).containsExactly("Строка 2, столбец «E-mail»: «" + teacherOfB.getEmail()
                + "» — этот адрес уже принадлежит человеку из организации, которая вам недоступна");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("Борисова", schoolB.getShortName());
        assertThat(people.findByEmail(teacherOfB.getEmail()).orElseThrow().getLastName()).isEqualTo("Борисова");
    }

    @Test
    void deputyOfOneSchoolCannotImportIntoAnother() throws Exception {
        String email = email("intruder");
        byte[] file = XlsxFixtures.table(PEOPLE_HEADER,
                new Object[] {"Своя", "Светлана", null, email("own"), null, schoolA.getShortName(), "учитель", null, null, null, null, null},
                new Object[] {"Чужая", "Чара", null, email, null, schoolB.getShortName(), "учитель", null, null, null, null, null});

        assertThat(errors(upload(deputyOfA, file).andExpect(status().is(422)).andReturn())).containsExactly(
                "Строка 3, столбец «Организация»: «" + schoolB.getShortName() + "» — организация не найдена среди доступных вам");
        assertThat(people.findByEmail(email)).isEmpty();
    }

    @Test
    void deputyCannotMoveOwnTeacherIntoAnotherSchool() throws Exception {
        Person teacherOfA = registry.teacher(schoolA, "Оседлая", "Ольга");
        byte[] file = XlsxFixtures.table(PEOPLE_HEADER, new Object[] {
                "Оседлая", "Ольга", "Петрович", teacherOfA.getEmail(), null, schoolB.getShortName(), "учитель", null, "первая", 2010, 1985, "да"});

        upload(deputyOfA, file).andExpect(status().is(422));

        assertThat(people.findWithOrganisationById(teacherOfA.getId()).orElseThrow().getOrganisation().getId()).isEqualTo(schoolA.getId());
    }

    @Test
    void rejectsANewEmailForANameTheOrganisationAlreadyHas() throws Exception {
        Person teacher = registry.teacher(schoolA, "Семёнова", "Алёна");
        String another = email("semenova");
        byte[] file = XlsxFixtures.table(PEOPLE_HEADER, new Object[] {
                "СЕМЕНОВА", "Алена", "Петрович", another, null, schoolA.getShortName(), "учитель", null, null, null, null, null});

        assertThat(errors(upload(coordinator, file).andExpect(status().is(422)).andReturn())).containsExactly(
                "Строка 2, столбец «E-mail»: «" + another + "» — в этой организации уже есть Семёнова Алёна Петрович с адресом "
                        + teacher.getEmail() + "; если это тот же человек, укажите этот адрес, и его данные обновятся");
    }

    @Test
    void findsTheOrganisationWhateverCaseSpacesAndYo() throws Exception {
        Organisation kindergarten = registry.organisation(municipality, "PRESCHOOL", "МБДОУ «Ёлочка» № " + RegistryFixtures.unique());
        String email = email("elochka");
        String typed = "  мбдоу  \"елочка\" " + kindergarten.getShortName().substring(kindergarten.getShortName().indexOf("№"));
        byte[] file = XlsxFixtures.table(PEOPLE_HEADER, new Object[] {
                "Ёжикова", "Ева", null, email, null, typed, "воспитатель", null, null, null, null, null});

        String preview = upload(coordinator, file).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(preview + "/confirm").with(user(coordinator)).with(csrf())).andExpect(redirectedUrl("/people"));

        assertThat(people.findWithOrganisationById(people.findByEmail(email).orElseThrow().getId()).orElseThrow().getOrganisation().getId())
                .isEqualTo(kindergarten.getId());
    }

    @Test
    void rejectsAnOrganisationNameThatFitsSeveralOrganisations() throws Exception {
        String name = "Гимназия «Эрудит» " + UUID.randomUUID().toString().substring(0, 6);
        Municipality other = registry.municipality();
        registry.organisation(municipality, "SCHOOL", name);
        registry.organisation(other, "SCHOOL", name);
        CurrentUser administrator = registry.administrator(schoolA);
        byte[] file = XlsxFixtures.table(PEOPLE_HEADER, new Object[] {
                "Эрудитова", "Эмма", null, email("erudit"), null, name, "учитель", null, null, null, null, null});

        List<String> names = List.of(municipality.getName(), other.getName()).stream().sorted().toList();
        assertThat(errors(upload(administrator, file).andExpect(status().is(422)).andReturn())).containsExactly(
                "Строка 2, столбец «Организация»: «" + name + "» — под этим наименованием вам доступны несколько организаций (муниципалитеты: "
                        + names.get(0) + ", " + names.get(1) + ")");
    }

    @Test
    void confirmationChecksTheFileAgainstTheRegistryAsItIsThen() throws Exception {
        String email = email("late");
        byte[] file = XlsxFixtures.table(PEOPLE_HEADER, new Object[] {
                "Поздняя", "Полина", null, email, null, schoolA.getShortName(), "учитель", null, null, null, null, null});
        String preview = upload(coordinator, file).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        Organisation elsewhere = registry.school(registry.municipality());
        registry.person(elsewhere, "Опередившая", "Ольга", "учитель", QualificationCategory.NONE);
        jdbc.update("update person set email = ? where last_name = 'Опередившая' and organisation_id = ?", email, elsewhere.getId());

        MvcResult result = mvc.perform(post(preview + "/confirm").with(user(coordinator)).with(csrf())).andExpect(status().is(422)).andReturn();

        assertThat(errors(result)).containsExactly(
                "Строка 2, столбец «E-mail»: «" + email + "» — этот адрес уже принадлежит человеку из организации, которая вам недоступна");
        assertThat(people.findByEmail(email).orElseThrow().getLastName()).isEqualTo("Опередившая");
    }

    @Test
    void anUploadIsVisibleOnlyToTheAccountThatUploadedIt() throws Exception {
        byte[] file = XlsxFixtures.table(PEOPLE_HEADER, new Object[] {
                "Тайная", "Таисия", null, email("secret"), null, schoolA.getShortName(), "учитель", null, null, null, null, null});
        String preview = upload(coordinator, file).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        CurrentUser colleague = registry.coordinatorOf(municipality, schoolB);

        mvc.perform(get(preview).with(user(colleague))).andExpect(status().isNotFound());
        mvc.perform(post(preview + "/confirm").with(user(colleague)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(preview + "/cancel").with(user(colleague)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(preview.replace("/people/", "/organisations/")).with(user(coordinator))).andExpect(status().isNotFound());

        mvc.perform(get(preview).with(user(coordinator))).andExpect(status().isOk());
    }

    @Test
    void cancellingDeletesTheUpload() throws Exception {
        String email = email("cancelled");
        byte[] file = XlsxFixtures.table(PEOPLE_HEADER, new Object[] {
                "Отменная", "Ольга", null, email, null, schoolA.getShortName(), "учитель", null, null, null, null, null});
        String preview = upload(coordinator, file).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(post(preview + "/cancel").with(user(coordinator)).with(csrf())).andExpect(redirectedUrl("/people/import"));

        mvc.perform(get(preview).with(user(coordinator))).andExpect(status().isNotFound());
        mvc.perform(post(preview + "/confirm").with(user(coordinator)).with(csrf())).andExpect(status().isNotFound());
        assertThat(people.findByEmail(email)).isEmpty();
    }

    @Test
    void templateOffersCategoriesAndOnlyTheOrganisationsInScope() throws Exception {
        MvcResult result = mvc.perform(get("/people/import/template").with(user(deputyOfA))).andExpect(status().isOk()).andReturn();

        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"people-import-template.xlsx\"; filename*=UTF-8''people-import-template.xlsx");
        try (var workbook = XlsxFixtures.read(result.getResponse().getContentAsByteArray())) {
            var data = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            data.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).isEqualTo(PEOPLE_HEADER);
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            assertThat(data.getDataValidations()).hasSize(3);
            var reference = workbook.getSheet("Справочник");
            assertThat(reference.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Без категории");
            assertThat(reference.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Педагог-наставник");
            assertThat(reference.getRow(1).getCell(1).getStringCellValue()).isEqualTo(schoolA.getShortName());
            assertThat(reference.getRow(2).getCell(1)).isNull();
        }
    }

    @Test
    void importPageExplainsTheFileAndLinksTheTemplate() throws Exception {
        Document page = page(mvc.perform(get("/people/import").with(user(deputyOfA))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#import-template").attr("href")).isEqualTo("/people/import/template");
        assertThat(page.select("form[enctype=multipart/form-data] input[type=file]")).hasSize(1);
        assertThat(page.text()).contains("Обязательные столбцы: Фамилия, Имя, E-mail, Организация, Должность.");
        assertThat(page.select("#import-errors")).isEmpty();
    }

    private ResultActions upload(CurrentUser uploader, byte[] file) throws Exception {
        return mvc.perform(multipart("/people/import")
                .file(new MockMultipartFile("file", "people.xlsx", XlsxFixtures.XLSX_TYPE, file))
                .with(user(uploader))
                .with(csrf()));
    }

    private long auditEntries(CurrentUser actor, String action) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where actor = ? and subject = 'PERSON' and action = ?", Long.class, actor.getUsername(), action);
    }

    private static List<String> errors(MvcResult result) throws Exception {
        return page(result).select("#import-errors li").eachText();
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static String email(String name) {
        return name + RegistryFixtures.unique() + "@school.example.ru";
    }
}
