package ru.masterskaya.diagnostics.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignRepository;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.ResponseRepository;
import ru.masterskaya.diagnostics.campaign.SelfDiagnosis;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.registry.ScopedRole;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.QualificationCategory;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
@Import(DiagnosticsFixtures.class)
class CampaignPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    DiagnosticsFixtures diagnostics;

    @Autowired
    CampaignRepository campaignRepository;

    @Autowired
    ResponseRepository responses;

    @Autowired
    SelfDiagnosis selfDiagnosis;

    @Autowired
    Instruments instruments;

    @Autowired
    TransactionTemplate transactions;

    Municipality municipality;
    Organisation schoolA;
    Organisation schoolB;
    Organisation kindergarten;
    Person teacherA1;
    Person teacherA2;
    Person zaytseva;
    Person psychologist;
    Person teacherB3;
    Person educator;
    CurrentUser coordinator;
    InstrumentVersion version;

    @BeforeEach
    void aMunicipalityWithTwoSchoolsAndAKindergarten() {
        municipality = registry.municipality();
        schoolA = registry.school(municipality);
        schoolB = registry.school(municipality);
        kindergarten = registry.kindergarten(municipality);
        teacherA1 = registry.teacher(schoolA, "Алексеева", "Анна");
        teacherA2 = registry.teacher(schoolA, "Борисова", "Бэлла");
        zaytseva = registry.teacher(schoolB, "Зайцева", "Зинаида");
        psychologist = registry.person(schoolB, "Петрова", "Полина", "педагог-психолог", QualificationCategory.FIRST);
        teacherB3 = registry.teacher(schoolB, "Волкова", "Вера");
        educator = registry.person(kindergarten, "Кузнецова", "Ксения", "воспитатель", QualificationCategory.NONE);
        coordinator = registry.coordinatorOf(municipality, registry.school(municipality));
        version = diagnostics.smallInstrument();
    }

    @Test
    void inviteesAreTheUnionOfOrganisationsTypesPositionsAndTheFilterWithinTheCoordinatorsMunicipality() throws Exception {
        Organisation elsewhere = registry.school(registry.municipality());
        registry.person(elsewhere, "Чужая", "Чара", "педагог-психолог", QualificationCategory.FIRST);

        String location = mvc.perform(startForm(coordinator, "Осенняя самодиагностика")
                        .param("organisationIds", schoolA.getId().toString())
                        .param("typeCodes", "PRESCHOOL")
                        .param("positions", "педагог-психолог")
                        .param("byFilter", "true")
                        .param("q", "Зайцева"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        UUID campaignId = UUID.fromString(location.substring("/campaigns/".length()));
        assertThat(invitees(campaignId)).containsExactlyInAnyOrder(
                teacherA1.getId(), teacherA2.getId(), zaytseva.getId(), psychologist.getId(), educator.getId());
        Campaign campaign = campaignRepository.findById(campaignId).orElseThrow();
        assertThat(campaign.getMunicipalityId()).isEqualTo(municipality.getId());
        assertThat(campaign.getInviteesDescription()).contains(schoolA.getShortName(), "педагог-психолог", "поиск «Зайцева»");
        assertThat(campaign.thresholds().mediumFrom()).isEqualTo(61);

        Document page = page(get(location), coordinator);
        assertThat(page.select("#invitees-description").text()).contains(schoolA.getShortName());
        assertThat(page.select("tr.invitee")).hasSize(5);
    }

    @Test
    void theNumberOfInviteesIsCountedBeforeStarting() throws Exception {
        Document count = page(post("/campaigns/new/count").with(csrf()).param("typeCodes", "SCHOOL").param("positions", "воспитатель"), coordinator);

        // schools A and B (2 + 3) and the coordinator's own school (the coordinator) plus the educator
        assertThat(count.text()).contains("Будет приглашено: 7");
    }

    @Test
    void aRefusedFormNamesEveryMistakeInRussianAndKeepsWhatWasTyped() throws Exception {
        long before = campaignRepository.count();
        Document form = page(post("/campaigns/new").with(csrf())
                .param("title", "")
                .param("instrumentVersionId", version.getId().toString())
                .param("opensOn", LocalDate.now().plusDays(5).toString())
                .param("closesOn", LocalDate.now().plusDays(2).toString())
                .param("mediumFrom", "81")
                .param("minimalFrom", "61")
                .param("masterLevelFrom", "101")
                .param("reminderIntervalDays", "три")
                .param("q", "Кого-то ищу"), coordinator);

        assertThat(form.select("#title-errors").text()).isEqualTo("Введите название кампании.");
        assertThat(form.select("#closesOn-errors").text()).isEqualTo("Дата окончания не может быть раньше даты начала.");
        assertThat(form.select("#minimalFrom-errors").text()).isEqualTo("Порог минимального дефицита должен быть больше порога среднего.");
        assertThat(form.select("#masterLevelFrom-errors").text()).isEqualTo("Уровень мастера — целое число от 1 до 100.");
        assertThat(form.select("#reminderIntervalDays-errors").text()).isEqualTo("Интервал напоминаний — от 1 до 30 дней.");
        assertThat(form.select("#form-errors").text()).contains("Выберите, кого пригласить");
        assertThat(form.select("#q").val()).isEqualTo("Кого-то ищу");
        assertThat(form.select("#mediumFrom").val()).isEqualTo("81");
        assertThat(campaignRepository.count()).isEqualTo(before);
    }

    @Test
    void aClosingDateInThePastIsRefused() throws Exception {
        Document form = page(startForm(coordinator, "Прошлогодняя", LocalDate.now().minusDays(10), LocalDate.now().minusDays(1))
                .param("organisationIds", schoolA.getId().toString()), coordinator);

        assertThat(form.select("#closesOn-errors").text()).startsWith("Дата окончания уже прошла");
    }

    @Test
    void aDeputyDirectorCannotInviteAnotherSchoolsStaff() throws Exception {
        CurrentUser deputy = registry.deputyOf(schoolA);
        long before = campaignRepository.count();

        Document form = page(startForm(deputy, "Чужая школа").param("organisationIds", schoolB.getId().toString()), deputy);

        assertThat(form.select("#organisationIds-errors").text()).isEqualTo("Можно приглашать только сотрудников своих организаций.");
        assertThat(form.select("#organisationIds option")).extracting(Element::text).containsExactly(schoolA.getShortName());
        assertThat(campaignRepository.count()).isEqualTo(before);
    }

    @Test
    void aDeputyDirectorInvitingByTypeReachesOnlyTheirOwnStaff() throws Exception {
        CurrentUser deputy = registry.deputyOf(schoolA);

        String location = mvc.perform(startForm(deputy, "Наша школа").param("typeCodes", "SCHOOL"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        UUID campaignId = UUID.fromString(location.substring("/campaigns/".length()));
        assertThat(campaignRepository.findById(campaignId).orElseThrow().getOrganisationId()).isEqualTo(schoolA.getId());
        assertThat(invitees(campaignId)).contains(teacherA1.getId(), teacherA2.getId()).doesNotContain(zaytseva.getId(), teacherB3.getId());
    }

    @Test
    void progressIsCountedOverallByOrganisationTypeAndByOrganisation() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1, teacherA2, zaytseva, educator));
        finish(campaign, teacherA1);
        begin(campaign, teacherA2);
        finish(campaign, educator);

        Document page = page(get("/campaigns/{id}", campaign.getId()), coordinator);

        assertThat(cells(page.selectFirst("#progress-overall tbody tr"))).containsExactly("Всего", "4", "3", "2", "50 %");
        assertThat(page.select("#progress-by-organisation tbody tr")).extracting(CampaignPagesIntegrationTest::cells).containsExactly(
                List.of(kindergarten.getShortName(), "1", "1", "1", "100 %"),
                List.of(schoolA.getShortName(), "2", "2", "1", "50 %"),
                List.of(schoolB.getShortName(), "1", "0", "0", "0 %"));
        assertThat(page.select("#progress-by-type tbody tr")).extracting(row -> row.selectFirst("th").text() + " " + row.selectFirst(".finished").text())
                .containsExactlyInAnyOrder("Общеобразовательная школа 1", "Дошкольная образовательная организация (ДОУ) 1");
        assertThat(page.select("meter.finished-meter").first().attr("value")).isEqualTo("50");
    }

    @Test
    void aDeputyDirectorSeesOnlyTheirOwnStaffInSomeoneElsesCampaignAndCannotManageIt() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1, teacherA2, zaytseva));
        CurrentUser deputy = registry.deputyOf(schoolA);

        Document page = page(get("/campaigns/{id}", campaign.getId()), deputy);

        assertThat(page.select("tr.invitee .name")).extracting(Element::text)
                .containsExactly(teacherA1.getFullName().full(), teacherA2.getFullName().full());
        assertThat(cells(page.selectFirst("#progress-overall tbody tr"))).containsSequence("Всего", "2");
        assertThat(page.select("#remind-now, #close-campaign, button.revoke")).isEmpty();
        UUID own = responseOf(campaign, teacherA1).getId();
        mvc.perform(post("/campaigns/{id}/responses/{r}/revoke", campaign.getId(), own).with(csrf()).with(user(deputy)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/campaigns/{id}/close", campaign.getId()).with(csrf()).with(user(deputy))).andExpect(status().isNotFound());
        assertThat(responseOf(campaign, teacherA1).isRevoked()).isFalse();
    }

    @Test
    void campaignsOutOfScopeAreNotFound() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1));
        Municipality other = registry.municipality();
        CurrentUser otherCoordinator = registry.coordinatorOf(other, registry.school(other));
        CurrentUser strangerDeputy = registry.deputyOf(registry.school(other));

        for (CurrentUser stranger : List.of(otherCoordinator, strangerDeputy)) {
            mvc.perform(get("/campaigns/{id}", campaign.getId()).with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(get("/campaigns/{id}/links.xlsx", campaign.getId()).with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(post("/campaigns/{id}/remind", campaign.getId()).with(csrf()).with(user(stranger))).andExpect(status().isNotFound());
        }
        assertThat(page(get("/campaigns"), otherCoordinator).select("tr.campaign")).extracting(row -> row.attr("data-campaign-id"))
                .doesNotContain(campaign.getId().toString());
        assertThat(page(get("/campaigns"), coordinator).select("tr.campaign")).extracting(row -> row.attr("data-campaign-id"))
                .contains(campaign.getId().toString());
    }

    @Test
    void aRevokedLinkStopsWorkingAndARenewedOneReplacesIt() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1));
        DiagnosisResponse response = responseOf(campaign, teacherA1);

        mvc.perform(post("/campaigns/{id}/responses/{r}/revoke", campaign.getId(), response.getId()).with(csrf()).with(user(coordinator)))
                .andExpect(status().is3xxRedirection());
        assertThat(responseOf(campaign, teacherA1).isRevoked()).isTrue();
        Document page = page(get("/campaigns/{id}", campaign.getId()), coordinator);
        assertThat(page.select("tr.invitee .link-state").text()).isEqualTo("отозвана");

        mvc.perform(post("/campaigns/{id}/responses/{r}/renew", campaign.getId(), response.getId()).with(csrf()).with(user(coordinator)))
                .andExpect(status().is3xxRedirection());
        DiagnosisResponse renewed = responseOf(campaign, teacherA1);
        assertThat(renewed.isRevoked()).isFalse();
        assertThat(renewed.getToken()).isNotEqualTo(response.getToken());
        assertThat(renewed.getInvitationSentAt()).isNotNull();
    }

    @Test
    void theLinksWorkbookListsTheVisibleInviteesByOrganisationAndName() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA2, zaytseva, teacherA1));
        finish(campaign, teacherA1);

        MvcResult result = mvc.perform(get("/campaigns/{id}/links.xlsx", campaign.getId()).with(user(coordinator)))
                .andExpect(status().isOk()).andReturn();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(values(sheet.getRow(0))).containsExactly("Организация", "ФИО", "Должность", "E-mail", "Ссылка", "Статус");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(values(sheet.getRow(1))).containsExactly(schoolA.getShortName(), teacherA1.getFullName().full(), "учитель",
                    teacherA1.getEmail(), "http://localhost:8080/d/" + responseOf(campaign, teacherA1).getToken(), "Завершил");
            assertThat(values(sheet.getRow(2)).get(1)).isEqualTo(teacherA2.getFullName().full());
            assertThat(values(sheet.getRow(3)).subList(0, 2)).containsExactly(schoolB.getShortName(), zaytseva.getFullName().full());
        }

        CurrentUser deputyB = registry.deputyOf(schoolB);
        MvcResult own = mvc.perform(get("/campaigns/{id}/links.xlsx", campaign.getId()).with(user(deputyB))).andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(own.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(values(workbook.getSheetAt(0).getRow(1)).get(1)).isEqualTo(zaytseva.getFullName().full());
        }
    }

    @Test
    void theInviteeSearchReplacesOnlyTheListAndIgnoresTheLetterYo() throws Exception {
        Person semyonova = registry.teacher(schoolB, "Семёнова", "Серафима");
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1, zaytseva, semyonova));

        Document list = page(get("/campaigns/{id}", campaign.getId()).param("q", "семенова").header("HX-Request", "true"), coordinator);

        assertThat(list.select("#progress")).isEmpty();
        assertThat(list.select("tr.invitee .name")).extracting(Element::text).containsExactly(semyonova.getFullName().full());
    }

    @Test
    void closingEarlyStopsTheCampaign() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1));

        mvc.perform(post("/campaigns/{id}/close", campaign.getId()).with(csrf()).with(user(coordinator))).andExpect(status().is3xxRedirection());

        assertThat(campaignRepository.findById(campaign.getId()).orElseThrow().isClosed()).isTrue();
        assertThat(page(get("/campaigns/{id}", campaign.getId()), coordinator).select("#campaign-phase").text()).isEqualTo("завершена");
    }

    @Test
    void theNavigationLeadsCoordinatorsToTheCampaigns() throws Exception {
        Document home = page(get("/campaigns"), coordinator);

        assertThat(home.select("nav a[href=\"/campaigns\"]").text()).isEqualTo("Кампании самодиагностики");
        assertThat(home.select("#new-campaign")).hasSize(1);
    }

    @Test
    void theListCountsInvitedStartedAndFinishedAmongTheInviteesEachUserSees() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1, teacherA2, zaytseva));
        finish(campaign, teacherA1);
        begin(campaign, teacherA2);
        CurrentUser deputyOfB = registry.deputyOf(schoolB);

        org.jsoup.nodes.Element coordinatorRow = page(get("/campaigns"), coordinator).selectFirst("tr.campaign[data-campaign-id=" + campaign.getId() + "]");
        org.jsoup.nodes.Element deputyRow = page(get("/campaigns"), deputyOfB).selectFirst("tr.campaign[data-campaign-id=" + campaign.getId() + "]");

        assertThat(List.of(coordinatorRow.select(".invited").text(), coordinatorRow.select(".started").text(), coordinatorRow.select(".finished").text()))
                .containsExactly("3", "2", "1");
        assertThat(List.of(deputyRow.select(".invited").text(), deputyRow.select(".started").text(), deputyRow.select(".finished").text()))
                .containsExactly("1", "0", "0");
    }

    @Test
    void invitingByRoleReachesTheMastersOfTheMunicipalityWhereverTheyWorkAndNobodyElsewhere() throws Exception {
        registry.user(teacherA2, "secret-password", ScopedRole.unscoped(Role.MASTER));
        registry.user(educator, "secret-password", ScopedRole.unscoped(Role.MASTER));
        Person masterElsewhere = registry.teacher(registry.school(registry.municipality()), "Дальняя", "Дарья");
        registry.user(masterElsewhere, "secret-password", ScopedRole.unscoped(Role.MASTER));
        registry.user(teacherB3, "secret-password", ScopedRole.unscoped(Role.PRACTITIONER));

        String location = mvc.perform(startForm(coordinator, "Самодиагностика мастеров").param("roles", "MASTER"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        UUID campaignId = UUID.fromString(location.substring("/campaigns/".length()));
        assertThat(invitees(campaignId)).containsExactlyInAnyOrder(teacherA2.getId(), educator.getId());
        assertThat(campaignRepository.findById(campaignId).orElseThrow().getInviteesDescription()).contains("роли: Мастер (наставник)");
    }

    private MockHttpServletRequestBuilder startForm(CurrentUser user, String title) {
        return startForm(user, title, LocalDate.now(), LocalDate.now().plusDays(10));
    }

    private MockHttpServletRequestBuilder startForm(CurrentUser user, String title, LocalDate opensOn, LocalDate closesOn) {
        return post("/campaigns/new").with(csrf()).with(user(user))
                .param("title", title)
                .param("instrumentVersionId", version.getId().toString())
                .param("opensOn", opensOn.toString())
                .param("closesOn", closesOn.toString())
                .param("mediumFrom", "61")
                .param("minimalFrom", "81")
                .param("masterLevelFrom", "81")
                .param("reminderIntervalDays", "3");
    }

    private Document page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        String html = mvc.perform(request.with(user(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private List<UUID> invitees(UUID campaignId) {
        return responses.findByCampaignId(campaignId).stream().map(DiagnosisResponse::getPersonId).toList();
    }

    private DiagnosisResponse responseOf(Campaign campaign, Person person) {
        return diagnostics.responseOf(campaign, person);
    }

    private void begin(Campaign campaign, Person person) {
        List<InstrumentItem> items = instruments.version(campaign.getInstrumentVersionId()).getItems();
        selfDiagnosis.saveAnswer(responseOf(campaign, person).getToken(), items.get(0).getId(), AnswerValue.chosen(3));
    }

    private void finish(Campaign campaign, Person person) {
        String token = responseOf(campaign, person).getToken();
        List<InstrumentItem> items = instruments.version(campaign.getInstrumentVersionId()).getItems();
        selfDiagnosis.saveAnswer(token, items.get(0).getId(), AnswerValue.chosen(3));
        selfDiagnosis.saveAnswer(token, items.get(1).getId(), AnswerValue.chosen(2));
        selfDiagnosis.saveAnswer(token, items.get(2).getId(), AnswerValue.chosen(2));
        selfDiagnosis.saveAnswer(token, items.get(3).getId(), new AnswerValue(List.of(1, 3), null));
        selfDiagnosis.saveAnswer(token, items.get(4).getId(), AnswerValue.chosen(2));
        selfDiagnosis.saveAnswer(token, items.get(5).getId(), AnswerValue.written("Хочу научиться"));
        selfDiagnosis.submit(token);
    }

    private static List<String> cells(Element row) {
        return row.select("th, td").stream().map(cell -> cell.select(".percent").isEmpty() ? cell.text() : cell.select(".percent").text()).toList();
    }

    private static List<String> values(Row row) {
        List<String> values = new java.util.ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }
}
