package ru.masterskaya.diagnostics.needs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.ResponseRecorder;
import ru.masterskaya.diagnostics.campaign.ResponseSource;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;

/**
 * A small campaign with known answers: a school with three finished teachers and a kindergarten
 * where one of five finished. Levels (R-201, 61/81): Анна has a high deficit on the hackathon, Борис
 * a high one on lesson analysis and a medium one on the network community, Вера none, and Клара in
 * the kindergarten a high deficit on all three topics.
 */
@MasterskayaIntegrationTest
@Import(DiagnosticsFixtures.class)
class NeedsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    DiagnosticsFixtures diagnostics;

    @Autowired
    ResponseRecorder recorder;

    @Autowired
    Instruments instruments;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ru.masterskaya.diagnostics.needs.MasterCandidates masterCandidates;

    @Autowired
    ru.masterskaya.diagnostics.campaign.Campaigns campaigns;

    Municipality town;
    Organisation school;
    Organisation kindergarten;
    Campaign campaign;
    CurrentUser coordinator;
    Person anna;
    Person boris;
    DiagnosisResponse borisResponse;

    @BeforeEach
    void aSmallCampaignWithKnownAnswers() {
        town = registry.municipality();
        school = registry.school(town);
        kindergarten = registry.kindergarten(town);
        coordinator = registry.coordinatorOf(town, school);
        anna = registry.teacher(school, "Арбузова", "Анна");
        boris = registry.teacher(school, "Баранов", "Борис");
        Person vera = registry.teacher(school, "Вишнякова", "Вера");
        Person klara = registry.teacher(kindergarten, "Клюквина", "Клара");
        List<Person> invitees = new java.util.ArrayList<>(List.of(anna, boris, vera, klara));
        for (int i = 1; i <= 4; i++) {
            invitees.add(registry.teacher(kindergarten, "Воспитателева" + i, "Ольга"));
        }
        campaign = diagnostics.openCampaign(town, invitees);
        List<InstrumentItem> items = instruments.version(campaign.getInstrumentVersionId()).getItems();
        record(anna, items, new int[] {0, 1}, new int[] {4}, new int[] {1, 3}, 4, "хочу научиться проводить хакатоны",
                Set.of(DiagnosticsFixtures.NETWORK_COMMUNITY, DiagnosticsFixtures.HACKATHON));
        borisResponse = record(boris, items, new int[] {3, 2}, new int[] {2}, new int[] {1}, 3, "как вести сетевое сообщество",
                Set.of(DiagnosticsFixtures.HACKATHON, DiagnosticsFixtures.LESSON_ANALYSIS));
        record(vera, items, new int[] {4, 2}, new int[] {4}, new int[] {1, 3}, 4, null, Set.of());
        record(klara, items, new int[] {0, 1}, new int[] {0}, new int[] {2}, 0, "Хочу научиться играть на гитаре", Set.of());
    }

    private DiagnosisResponse record(Person person, List<InstrumentItem> items, int[] hackathon, int[] analysisLevel, int[] analysisChoice,
            int network, String wish, Set<UUID> ready) {
        Map<UUID, AnswerValue> answers = new HashMap<>();
        answers.put(items.get(0).getId(), AnswerValue.chosen(hackathon[0]));
        answers.put(items.get(1).getId(), AnswerValue.chosen(hackathon[1]));
        answers.put(items.get(2).getId(), AnswerValue.chosen(analysisLevel[0]));
        answers.put(items.get(3).getId(), new AnswerValue(java.util.Arrays.stream(analysisChoice).boxed().toList(), null));
        answers.put(items.get(4).getId(), AnswerValue.chosen(network));
        if (wish != null) {
            answers.put(items.get(5).getId(), AnswerValue.written(wish));
        }
        return transactions.execute(status -> recorder.recordSubmitted(campaign.getId(), person, answers, ready, Instant.now(), ResponseSource.LINK));
    }

    @Test
    void theCoordinatorSeesTopicsRankedByNeedWithTheirCounts() throws Exception {
        Document page = page(needs(), coordinator);

        assertThat(page.select("#respondents").attr("data-respondents")).isEqualTo("4");
        assertThat(page.select(".topic-need td:nth-child(2)").eachText()).containsExactly(
                "Посещение и анализ урока", "Проектный хакатон как форма методической работы", "Сетевое сообщество педагогов");
        assertThat(counts(page.select(".topic-need"))).containsExactly("2/0/2", "2/0/2", "1/1/2");
        assertThat(page.select(".topic-need").first().select("td").last().text()).isEqualTo("50 %");
        assertThat(page.select(".block-need[data-block=METHODICAL]").attr("data-high")).isEqualTo("2");
        assertThat(page.select(".block-need[data-block=METHODICAL]").attr("data-medium")).isEqualTo("1");
        assertThat(page.select(".block-need[data-block=COMMUNICATIVE]").attr("data-high")).isEqualTo("1");
        Element network = page.select(".type-need[data-topic-id=" + DiagnosticsFixtures.NETWORK_COMMUNITY + "]").first();
        assertThat(network.select("td[data-type=SCHOOL]").text()).isEqualTo("1 из 3");
        assertThat(network.select("td[data-type=" + kindergarten.getType().getCode() + "]").text()).isEqualTo("1 из 1");
    }

    @Test
    void theChartIsDrawnWithSvgAttributesAndNoStyles() throws Exception {
        Document page = page(needs(), coordinator);

        Element firstBar = page.select("#needs-chart .needs-bar").first();
        int full = Integer.parseInt(firstBar.select("rect.needs-bar-track").attr("width"));
        assertThat(Integer.parseInt(firstBar.select("rect.needs-bar-high").attr("width"))).isEqualTo(Math.round(full / 2f));
        assertThat(page.select("#needs-chart .needs-bar")).hasSize(3);
        assertThat(page.select("[style]")).isEmpty();
    }

    @Test
    void participationIsCountedPerTypeAndALaggingTypeIsWarnedAboutAtTheTop() throws Exception {
        Document page = page(needs(), coordinator);

        Element schools = page.select(".participation-type[data-type=SCHOOL]").first();
        assertThat(schools.attr("data-invited")).isEqualTo("3");
        assertThat(schools.attr("data-finished")).isEqualTo("3");
        Element kindergartens = page.select(".participation-type[data-type=" + kindergarten.getType().getCode() + "]").first();
        assertThat(kindergartens.attr("data-invited")).isEqualTo("5");
        assertThat(kindergartens.attr("data-finished")).isEqualTo("1");
        assertThat(page.select(".participation-warning").eachText()).containsExactly(
                kindergarten.getType().getName() + ": приняли участие 20 % приглашённых при 50 % в среднем");
        assertThat(page.select(".participation-organisation[data-organisation=" + school.getId() + "]").attr("data-finished")).isEqualTo("3");
    }

    @Test
    void wishesAreGroupedUnderTheirTopicsOrWithoutTopic() throws Exception {
        Document page = page(needs(), coordinator);

        assertThat(page.select(".wish-group[data-topic-id=" + DiagnosticsFixtures.HACKATHON + "] .wish").eachText())
                .containsExactly("хочу научиться проводить хакатоны");
        assertThat(page.select(".wish-group[data-topic-id=" + DiagnosticsFixtures.NETWORK_COMMUNITY + "] .wish").eachText())
                .containsExactly("как вести сетевое сообщество");
        Element withoutTopic = page.select(".wish-group").last();
        assertThat(withoutTopic.select(".wish-topic").text()).isEqualTo("Без темы");
        assertThat(withoutTopic.select(".wish").eachText()).containsExactly("Хочу научиться играть на гитаре");
    }

    @Test
    void theTypeFilterAnswersHtmxWithTheResultsOnly() throws Exception {
        String html = mvc.perform(needs().param("type", "SCHOOL").header("HX-Request", "true").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Document fragment = Jsoup.parse(html);
        assertThat(fragment.select("#needs-results")).hasSize(1);
        assertThat(fragment.select("nav, h1, #needs-filter")).isEmpty();
        assertThat(fragment.select("#respondents").attr("data-respondents")).isEqualTo("3");
        assertThat(counts(fragment.select(".topic-need"))).containsExactly("1/0/1", "1/0/1", "0/1/1");
    }

    @Test
    void theOrganisationFilterCountsThatOrganisationOnly() throws Exception {
        Document page = page(needs().param("organisation", kindergarten.getId().toString()), coordinator);

        assertThat(page.select("#respondents").attr("data-respondents")).isEqualTo("1");
        assertThat(counts(page.select(".topic-need"))).containsOnly("1/0/1");
    }

    @Test
    void aDeputySeesOnlyTheNumbersOfTheirOwnStaff() throws Exception {
        Document page = page(needs(), registry.deputyOf(school));

        assertThat(page.select("#respondents").attr("data-respondents")).isEqualTo("3");
        assertThat(counts(page.select(".topic-need"))).containsExactly("1/0/1", "1/0/1", "0/1/1");
        assertThat(page.select(".participation-type").eachAttr("data-type")).containsExactly("SCHOOL");
        assertThat(page.select(".participation-warning")).isEmpty();
        assertThat(page.text()).doesNotContain("Хочу научиться играть на гитаре");
    }

    @Test
    void aCoordinatorOfAnotherMunicipalityGetsNotFound() throws Exception {
        Municipality elsewhere = registry.municipality();
        CurrentUser stranger = registry.coordinatorOf(elsewhere, registry.school(elsewhere));

        mvc.perform(needs().with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/{id}/candidates", campaign.getId()).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/{id}/export.xlsx", campaign.getId()).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/{id}/responses/{r}", campaign.getId(), borisResponse.getId()).with(user(stranger)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTeacherIsForbidden() throws Exception {
        CurrentUser teacher = registry.teacherAccount(school);

        mvc.perform(needs().with(user(teacher))).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/{id}/export.xlsx", campaign.getId()).with(user(teacher))).andExpect(status().isForbidden());
    }

    @Test
    void candidatesAreThoseAboveTheMasterLevelWhoTickedReadiness() throws Exception {
        Document page = page(get("/campaigns/{id}/candidates", campaign.getId()), coordinator);

        assertThat(page.select(".candidate-topic[data-topic-id=" + DiagnosticsFixtures.HACKATHON + "] .candidate td:first-child").eachText())
                .containsExactly(boris.getFullName().full());
        assertThat(page.select(".candidate-topic[data-topic-id=" + DiagnosticsFixtures.HACKATHON + "] .candidate").attr("data-percent"))
                .isEqualTo("83");
        assertThat(page.select(".candidate-topic[data-topic-id=" + DiagnosticsFixtures.NETWORK_COMMUNITY + "] .candidate td:first-child")
                .eachText()).containsExactly(anna.getFullName().full());
        assertThat(page.select(".candidate-topic[data-topic-id=" + DiagnosticsFixtures.LESSON_ANALYSIS + "]")).isEmpty();
    }

    @Test
    void theCandidatesOfAYearComeOnlyFromClosedCampaigns() {
        ru.masterskaya.calendar.AcademicYear year = campaign.academicYear();
        ru.masterskaya.registry.RegistryScope scope = coordinator.registryScope();

        assertThat(masterCandidates.ofYear(year, scope)).isEmpty();

        DiagnosticsFixtures.asAdministrator(() -> campaigns.close(campaign.getId(), ru.masterskaya.registry.RegistryScope.EVERYTHING));

        assertThat(masterCandidates.ofYear(year, scope))
                .filteredOn(topic -> topic.topicId().equals(DiagnosticsFixtures.HACKATHON))
                .singleElement()
                .satisfies(topic -> assertThat(topic.candidates()).extracting(ru.masterskaya.diagnostics.needs.MasterCandidate::personId)
                        .containsExactly(boris.getId()));
        assertThat(masterCandidates.ofYear(year, registry.deputyOf(kindergarten).registryScope())).isEmpty();
    }

    @Test
    void aPersonsResultShowsTheProfileTheRawAnswersAndReadiness() throws Exception {
        Document page = page(get("/campaigns/{id}/responses/{r}", campaign.getId(), borisResponse.getId()), coordinator);

        assertThat(page.select("#person-name").text()).isEqualTo(boris.getFullName().full());
        assertThat(page.select(".profile-topic[data-topic-id=" + DiagnosticsFixtures.LESSON_ANALYSIS + "]").attr("data-level")).isEqualTo("HIGH");
        assertThat(page.select(".answer[data-number=1] .answer-text").text()).isEqualTo("3 — Применяю самостоятельно");
        assertThat(page.select(".answer[data-number=2] .answer-text").text()).isEqualTo("Один-два дня");
        assertThat(page.select(".answer[data-number=6] .answer-text").text()).isEqualTo("как вести сетевое сообщество");
        assertThat(page.select(".ready-topic").eachText()).containsExactly(
                "Проектный хакатон как форма методической работы", "Посещение и анализ урока");
    }

    @Test
    void aDeputyOfTheKindergartenCannotOpenASchoolTeachersResult() throws Exception {
        mvc.perform(get("/campaigns/{id}/responses/{r}", campaign.getId(), borisResponse.getId()).with(user(registry.deputyOf(kindergarten))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theExportHasTheFiveSheetsAMethodologistNeeds() throws Exception {
        byte[] file = mvc.perform(get("/campaigns/{id}/export.xlsx", campaign.getId()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();

        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2), workbook.getSheetName(3),
                    workbook.getSheetName(4))).containsExactly("Потребности по темам", "По организациям", "Профили", "Ответы", "Участие");
            Sheet needs = workbook.getSheet("Потребности по темам");
            assertThat(needs.getRow(0).getCell(0).getStringCellValue()).startsWith(campaign.getTitle());
            assertThat(needs.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Тема");
            assertThat(workbook.getFontAt(needs.getRow(1).getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(needs.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(needs.getColumnWidth(2)).isGreaterThan(40 * 256);
            Row first = needs.getRow(2);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Методический");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Посещение и анализ урока");
            assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(List.of(first.getCell(3).getNumericCellValue(), first.getCell(4).getNumericCellValue(),
                    first.getCell(5).getNumericCellValue(), first.getCell(6).getNumericCellValue(), first.getCell(7).getNumericCellValue()))
                    .containsExactly(2.0, 0.0, 2.0, 2.0, 50.0);

            Sheet organisations = workbook.getSheet("По организациям");
            Row schoolRow = findRow(organisations, school.getShortName());
            assertThat(schoolRow.getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(schoolRow.getCell(4).getNumericCellValue()).isEqualTo(100);

            Sheet profiles = workbook.getSheet("Профили");
            assertThat(profiles.getLastRowNum()).isEqualTo(5);
            Row borisRow = findRow(profiles, boris.getFullName().full());
            assertThat(borisRow.getCell(1).getStringCellValue()).isEqualTo(school.getShortName());
            assertThat(borisRow.getCell(5).getNumericCellValue()).isEqualTo(43);
            assertThat(borisRow.getCell(5).getCellStyle().getFillForegroundColor())
                    .isNotEqualTo(borisRow.getCell(4).getCellStyle().getFillForegroundColor());

            Sheet answers = workbook.getSheet("Ответы");
            assertThat(answers.getLastRowNum() - 1).isEqualTo(6 + 6 + 5 + 6);
            Row borisFirst = findRow(answers, boris.getFullName().full());
            assertThat(borisFirst.getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(borisFirst.getCell(4).getStringCellValue()).isEqualTo("3 — Применяю самостоятельно");
            assertThat(borisFirst.getCell(5).getNumericCellValue()).isEqualTo(3);

            Sheet participation = workbook.getSheet("Участие");
            assertThat(rowsText(participation)).contains(kindergarten.getType().getName() + ": приняли участие 20 % приглашённых при 50 % в среднем");
        }
    }

    private MockHttpServletRequestBuilder needs() {
        return get("/campaigns/{id}/needs", campaign.getId());
    }

    private static List<String> counts(org.jsoup.select.Elements rows) {
        return rows.stream().map(row -> row.attr("data-high") + "/" + row.attr("data-medium") + "/" + row.attr("data-need")).toList();
    }

    private static Row findRow(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING && row.getCell(0).getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("No row starting with " + first + " in " + sheet.getSheetName());
    }

    private static List<String> rowsText(Sheet sheet) {
        List<String> texts = new java.util.ArrayList<>();
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
                texts.add(row.getCell(0).getStringCellValue());
            }
        }
        return texts;
    }

    private Document page(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(as))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
