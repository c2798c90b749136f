package ru.masterskaya.diagnostics.formsimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.ReadinessRepository;
import ru.masterskaya.diagnostics.campaign.ResponseSource;
import ru.masterskaya.diagnostics.campaign.ResponseStatus;
import ru.masterskaya.diagnostics.campaign.SelfDiagnosis;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.RegistryScope;
import ru.masterskaya.registry.XlsxFixtures;

@MasterskayaIntegrationTest
@Import(DiagnosticsFixtures.class)
class FormsImportIntegrationTest {

    static final String GOOGLE_HEADER = "\"Отметка времени\",\"Адрес электронной почты\","
            + "\"1. Я умею организовать проектный хакатон для коллег\",\"2. Сколько длится хакатон обычно?\","
            + "\"3. Я провожу анализ посещенного урока по схеме\",\"4. Что входит в анализ урока?\","
            + "\"5. Я участвую в сетевом сообществе педагогов\",\"6. Чему я хочу научиться в этом году?\",\"Готов быть мастером\"\r\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    DiagnosticsFixtures diagnostics;

    @Autowired
    Instruments instruments;

    @Autowired
    SelfDiagnosis selfDiagnosis;

    @Autowired
    Campaigns campaigns;

    @Autowired
    ReadinessRepository readiness;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    Municipality municipality;
    Organisation school;
    Person ivanova;
    Person petrov;
    Person sidorova;
    CurrentUser coordinator;
    Campaign campaign;
    List<InstrumentItem> items;

    @BeforeEach
    void startCampaign() {
        municipality = registry.municipality();
        school = registry.school(municipality);
        ivanova = registry.teacher(school, "Иванова", "Ирина");
        petrov = registry.teacher(school, "Петров", "Павел");
        sidorova = registry.teacher(registry.kindergarten(municipality), "Сидорова", "Светлана");
        coordinator = registry.coordinatorOf(municipality, school);
        campaign = diagnostics.openCampaign(municipality, List.of(ivanova, petrov));
        items = instruments.version(campaign.getInstrumentVersionId()).getItems();
    }

    @Test
    void aGoogleFormsCsvIsMappedByItsHeadersAndImportedAsFinishedResponsesScoredAsThroughTheLink() throws Exception {
        String csv = GOOGLE_HEADER
                + "\"15.09.2025 10:23:45\",\"" + ivanova.getEmail().toUpperCase() + "\",\"Применяю самостоятельно\",\"Один-два дня\","
                + "\"Имею общее представление\",\"Цель посещения, Обратная связь учителю\",\"2\",\"Хочу научиться, и ещё «форсайт»\",\"Да\"\r\n"
                + "\"15.09.2025 11:00:00\",\"" + sidorova.getEmail() + "\",\"4\",\"Месяц\",\"0\",\"Цель посещения\",\"Не владею\",\"\",\"нет\"\r\n";
        String mappingPage = upload("responses.csv", csv.getBytes(StandardCharsets.UTF_8));

        Document page = Jsoup.parse(mvc.perform(get(mappingPage).with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        Map<String, String> mapping = formValues(page.getElementById("mapping-form"));

        assertThat(mapping).containsEntry("email", "1").containsEntry("time", "0");
        for (int index = 0; index < items.size(); index++) {
            assertThat(mapping).containsEntry("item." + items.get(index).getId(), String.valueOf(index + 2));
        }
        mapping.put("ready." + DiagnosticsFixtures.HACKATHON, "8");

        Document preview = Jsoup.parse(mvc.perform(withParameters(post(mappingPage + "/preview"), mapping).with(user(coordinator)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(preview.getElementById("import-rows-count").text()).isEqualTo("Строк с ответами: 2");
        assertThat(preview.getElementById("import-found-count").text()).isEqualTo("Педагогов найдено в реестре: 2");
        assertThat(preview.getElementById("import-error-count").text()).isEqualTo("Ошибок: 0");
        Map<String, String> confirmation = formValues(preview.selectFirst("form:has(#import-confirm)"));

        mvc.perform(withParameters(post(mappingPage + "/confirm"), confirmation).with(user(coordinator)).with(csrf()))
                .andExpect(redirectedUrl("/campaigns/" + campaign.getId()))
                .andExpect(flash().attribute("message", "formsImport.done"));

        DiagnosisResponse imported = diagnostics.responseOf(campaign, ivanova);
        assertThat(imported.status()).isEqualTo(ResponseStatus.FINISHED);
        assertThat(imported.getSource()).isEqualTo(ResponseSource.FORMS_IMPORT);
        assertThat(imported.getSubmittedAt()).isEqualTo(LocalDateTime.of(2025, 9, 15, 10, 23, 45).atZone(clock.getZone()).toInstant());
        assertThat(readiness.findByResponseId(imported.getId())).extracting(tick -> tick.getTopicId()).containsExactly(DiagnosticsFixtures.HACKATHON);
        DiagnosisResponse invitedByImport = diagnostics.responseOf(campaign, sidorova);
        assertThat(invitedByImport.status()).isEqualTo(ResponseStatus.FINISHED);

        DiagnosisResponse throughLink = answerThroughLink(petrov, List.of(AnswerValue.chosen(3), AnswerValue.chosen(2), AnswerValue.chosen(1),
                AnswerValue.chosen(1, 3), AnswerValue.chosen(2), AnswerValue.written("Хочу научиться, и ещё «форсайт»")));
        assertThat(imported.getTopicScores()).isEqualTo(throughLink.getTopicScores()).isEqualTo("5,4,2");
        assertThat(uploadsOfCampaign()).isZero();
    }

    @Test
    void aYandexFormsXlsxWithSemicolonsBetweenOptionsIsImported() throws Exception {
        byte[] xlsx = XlsxFixtures.table(
                List.of("ID", "Время создания", "Ваш e-mail", "Я умею организовать проектный хакатон для коллег", "Сколько длится хакатон обычно?",
                        "Я провожу анализ посещённого урока по схеме", "Что входит в анализ урока?", "Я участвую в сетевом сообществе педагогов",
                        "Чему я хочу научиться в этом году?"),
                new Object[] {101, "15.09.2025 10:23:45", ivanova.getEmail(), "Могу научить других", "Один-два дня", 4,
                        "Цель посещения; Обратная связь учителю", "применяю самостоятельно", null},
                new Object[] {102, "15.09.2025 10:25:00", petrov.getEmail(), 0, "Один урок", "Не владею", "Оценка внешности учителя", 1, "Всему"});
        String mappingPage = upload("Самодиагностика.xlsx", xlsx);
        Map<String, String> mapping = formValues(Jsoup.parse(mvc.perform(get(mappingPage).with(user(coordinator)))
                .andReturn().getResponse().getContentAsString()).getElementById("mapping-form"));

        assertThat(mapping).containsEntry("email", "2").containsEntry("time", "1").containsEntry("item." + items.getFirst().getId(), "3");

        mvc.perform(withParameters(post(mappingPage + "/confirm"), mapping).with(user(coordinator)).with(csrf()))
                .andExpect(redirectedUrl("/campaigns/" + campaign.getId()));

        assertThat(diagnostics.responseOf(campaign, ivanova).getTopicScores()).isEqualTo("6,7,3");
        assertThat(diagnostics.responseOf(campaign, petrov).getTopicScores()).isEqualTo("0,0,1");
    }

    @Test
    void thePreviewListsEveryErrorWithRowAndColumnAndNothingIsStoredWhileOneRemains() throws Exception {
        Person elsewhere = registry.teacher(registry.school(registry.municipality()), "Чужова", "Чара");
        Person finished = registry.teacher(school, "Готова", "Галина");
        DiagnosticsFixtures.asAdministrator(() -> campaigns.addInvitees(campaign.getId(), List.of(finished), RegistryScope.EVERYTHING));
        answerThroughLink(finished, List.of(AnswerValue.chosen(1), AnswerValue.chosen(1), AnswerValue.chosen(1), AnswerValue.chosen(1),
                AnswerValue.chosen(1), AnswerValue.written("—")));
        String good = "\"15.09.2025 10:23:45\",\"%s\",\"3\",\"Один-два дня\",\"1\",\"Цель посещения\",\"2\",\"\",\"\"\r\n";
        String csv = GOOGLE_HEADER
                + good.formatted(ivanova.getEmail())
                + "\"15.09.2025 10:24:00\",\"" + petrov.getEmail() + "\",\"3\",\"Иногда\",\"\",\"Цель посещения\",\"2\",\"" + "а".repeat(4001) + "\",\"\"\r\n"
                + good.formatted(ivanova.getEmail())
                + good.formatted("nobody@example.ru")
                + good.formatted(elsewhere.getEmail())
                + good.formatted(finished.getEmail());
        String mappingPage = upload("responses.csv", csv.getBytes(StandardCharsets.UTF_8));
        Map<String, String> mapping = formValues(Jsoup.parse(mvc.perform(get(mappingPage).with(user(coordinator)))
                .andReturn().getResponse().getContentAsString()).getElementById("mapping-form"));

        Document preview = Jsoup.parse(mvc.perform(withParameters(post(mappingPage + "/preview"), mapping).with(user(coordinator)).with(csrf()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString());

        assertThat(preview.select("#import-errors li").eachText()).containsExactly(
                "Строка 3, столбец D «2. Сколько длится хакатон обычно?»: вариант «Иногда» не найден; допустимы: Один урок; Один-два дня; Месяц.",
                "Строка 3, столбец E «3. Я провожу анализ посещенного урока по схеме»: нет ответа на вопрос, который учитывается в баллах.",
                "Строка 3, столбец H «6. Чему я хочу научиться в этом году?»: ответ длиной 4001 символов, а можно не больше 4000.",
                "Строка 4, столбец B «Адрес электронной почты»: адрес " + ivanova.getEmail() + " уже встречался в строке 2.",
                "Строка 5, столбец B «Адрес электронной почты»: в реестре нет педагога с адресом nobody@example.ru.",
                "Строка 6, столбец B «Адрес электронной почты»: педагог с адресом " + elsewhere.getEmail() + " работает не в ваших организациях.",
                "Строка 7, столбец B «Адрес электронной почты»: " + finished.getFullName().full() + " уже прошёл(а) самодиагностику в кампании «"
                        + campaign.getTitle() + "».");
        assertThat(preview.getElementById("import-confirm")).isNull();

        mvc.perform(withParameters(post(mappingPage + "/confirm"), mapping).with(user(coordinator)).with(csrf()))
                .andExpect(status().is(422));

        assertThat(diagnostics.responseOf(campaign, ivanova).status()).isEqualTo(ResponseStatus.INVITED);
        assertThat(uploadsOfCampaign()).isOne();
    }

    @Test
    void aScoredItemLeftWithoutAColumnIsAMappingError() throws Exception {
        String csv = GOOGLE_HEADER + "\"15.09.2025 10:23:45\",\"" + ivanova.getEmail() + "\",\"3\",\"Один-два дня\",\"1\",\"Цель посещения\",\"2\",\"\",\"\"\r\n";
        String mappingPage = upload("responses.csv", csv.getBytes(StandardCharsets.UTF_8));
        Map<String, String> mapping = formValues(Jsoup.parse(mvc.perform(get(mappingPage).with(user(coordinator)))
                .andReturn().getResponse().getContentAsString()).getElementById("mapping-form"));
        mapping.put("item." + items.get(1).getId(), "");
        mapping.put("item." + items.get(5).getId(), "");

        Document preview = Jsoup.parse(mvc.perform(withParameters(post(mappingPage + "/preview"), mapping).with(user(coordinator)).with(csrf()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString());

        assertThat(preview.select("#import-errors li").eachText()).containsExactly(
                "Вопрос «Сколько длится хакатон обычно?» не сопоставлен со столбцом: оставить без столбца можно только вопрос со свободным ответом.");
    }

    @Test
    void badFilesAreRefusedWithTheReasonAndKeepNothing() throws Exception {
        assertThat(refusal("empty.csv", new byte[0])).isEqualTo("Файл «empty.csv» пустой.");
        assertThat(refusal("scan.pdf", "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("Файл «scan.pdf» — не таблица XLSX или CSV. Загрузите выгрузку ответов формы.");
        assertThat(refusal("secret.xlsx", XlsxFixtures.encrypted(XlsxFixtures.table(List.of("Почта", "Вопрос"), new Object[] {"a@b.ru", 1}), "pw")))
                .startsWith("Файл «secret.xlsx» защищён паролем.");
        assertThat(refusal("header.csv", GOOGLE_HEADER.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("В файле «header.csv» есть только строка заголовков, ответов нет.");
        assertThat(refusal("short.csv", (GOOGLE_HEADER + "\"15.09.2025 10:23:45\",\"a@b.ru\",\"3\"\r\n").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Строка 2: ячеек 3, а в заголовке столбцов 9. Проверьте разделитель и кавычки в этой строке.");
        assertThat(refusal("big.csv", new byte[ResponseFileReader.MAX_BYTES + 1])).startsWith("Файл «big.csv» больше 10 МБ.");
        StringBuilder many = new StringBuilder("Почта;Вопрос\n");
        for (int row = 0; row <= ResponseFileReader.MAX_ROWS; row++) {
            many.append("p").append(row).append("@example.ru;1\n");
        }
        assertThat(refusal("many.csv", many.toString().getBytes(StandardCharsets.UTF_8))).startsWith("В файле больше 5000 строк с ответами.");

        assertThat(uploadsOfCampaign()).isZero();
    }

    @Test
    void aClosedCampaignTakesNoImport() throws Exception {
        DiagnosticsFixtures.asAdministrator(() -> campaigns.close(campaign.getId(), RegistryScope.EVERYTHING));

        Document page = Jsoup.parse(mvc.perform(get(importPage()).with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("#import-errors li").text()).startsWith("Кампания «" + campaign.getTitle() + "» завершена");
        assertThat(page.select("input[type=file]")).isEmpty();
        assertThat(refusal("responses.csv", (GOOGLE_HEADER + "\"x\",\"a@b.ru\",\"3\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n").getBytes(StandardCharsets.UTF_8)))
                .startsWith("Кампания «" + campaign.getTitle() + "» завершена");
    }

    @Test
    void onlyThoseWhoManageTheCampaignMayImportIntoIt() throws Exception {
        CurrentUser deputyOfAnotherSchool = registry.deputyOf(registry.school(municipality));
        Municipality other = registry.municipality();
        CurrentUser otherCoordinator = registry.coordinatorOf(other, registry.school(other));
        CurrentUser teacher = registry.teacherAccount(school);
        String csv = GOOGLE_HEADER + "\"15.09.2025 10:23:45\",\"" + ivanova.getEmail() + "\",\"3\",\"Один-два дня\",\"1\",\"Цель посещения\",\"2\",\"\",\"\"\r\n";
        String mappingPage = upload("responses.csv", csv.getBytes(StandardCharsets.UTF_8));

        for (CurrentUser outsider : List.of(deputyOfAnotherSchool, otherCoordinator)) {
            mvc.perform(get(importPage()).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(multipart(importPage()).file(csvFile("x.csv", csv.getBytes(StandardCharsets.UTF_8))).with(user(outsider)).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(get(mappingPage).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(post(mappingPage + "/confirm").param("email", "1").with(user(outsider)).with(csrf())).andExpect(status().isNotFound());
        }
        mvc.perform(get(importPage()).with(user(teacher))).andExpect(status().isForbidden());
        mvc.perform(post(mappingPage + "/confirm").param("email", "1").with(user(teacher)).with(csrf())).andExpect(status().isForbidden());
        assertThat(diagnostics.responseOf(campaign, ivanova).status()).isEqualTo(ResponseStatus.INVITED);
    }

    // ---- helpers

    private String importPage() {
        return "/campaigns/" + campaign.getId() + "/import-responses";
    }

    private String upload(String name, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart(importPage()).file(csvFile(name, content)).with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return result.getResponse().getRedirectedUrl();
    }

    private String refusal(String name, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart(importPage()).file(csvFile(name, content)).with(user(coordinator)).with(csrf()))
                .andExpect(status().is(422)).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString()).select("#import-errors li").text();
    }

    private static MockMultipartFile csvFile(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    private int uploadsOfCampaign() {
        Integer count = jdbc.queryForObject("select count(*) from diagnosis_upload where target_id = ?", Integer.class, campaign.getId());
        return count == null ? 0 : count;
    }

    private DiagnosisResponse answerThroughLink(Person person, List<AnswerValue> answers) {
        String token = diagnostics.responseOf(campaign, person).getToken();
        for (int index = 0; index < items.size(); index++) {
            selfDiagnosis.saveAnswer(token, items.get(index).getId(), answers.get(index));
        }
        return selfDiagnosis.submit(token);
    }

    /** What the browser would send for this form: every select's chosen value and every hidden input. */
    private static Map<String, String> formValues(Element form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            values.put(select.attr("name"), chosen == null ? "" : chosen.attr("value"));
        }
        for (Element hidden : form.select("input[type=hidden][name]")) {
            if (!hidden.attr("name").equals("_csrf")) {
                values.put(hidden.attr("name"), hidden.attr("value"));
            }
        }
        return values;
    }

    private static MockHttpServletRequestBuilder withParameters(MockHttpServletRequestBuilder request, Map<String, String> parameters) {
        parameters.forEach(request::param);
        return request;
    }

}
