package ru.masterskaya.diagnostics.respondent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.RespondentForm;
import ru.masterskaya.diagnostics.campaign.ResponseStatus;
import ru.masterskaya.diagnostics.campaign.SelfDiagnosis;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.RegistryScope;

/**
 * The self-diagnosis over HTTP as a phone sends it: answers saved one by one, the form resumed
 * where it stopped, refusals in Russian, submission and the profile, and no session anywhere.
 */
@MasterskayaIntegrationTest
@Import(DiagnosticsFixtures.class)
class PersonalLinkIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    DiagnosticsFixtures diagnostics;

    @Autowired
    SelfDiagnosis selfDiagnosis;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Instruments instruments;

    Municipality municipality;
    Organisation school;
    Person teacher;
    Campaign campaign;
    String token;
    List<InstrumentItem> items;

    @BeforeEach
    void anOpenCampaign() {
        municipality = registry.municipality();
        school = registry.school(municipality);
        teacher = registry.teacher(school, "Иванова", "Ирина");
        campaign = diagnostics.openCampaign(municipality, List.of(teacher));
        token = diagnostics.responseOf(campaign, teacher).getToken();
        items = instruments.version(campaign.getInstrumentVersionId()).getItems();
    }

    @Test
    void theIntroductionNamesTheCampaignTheNumberOfQuestionsAndThatAnswersAreSavedAtOnce() throws Exception {
        Document intro = page(get("/d/{token}", token));

        assertThat(intro.select("h1").text()).isEqualTo(campaign.getTitle());
        assertThat(intro.text()).contains("Самодиагностика профессиональных дефицитов", "Вопросов: 6", "около 2 мин.",
                "Каждый ответ сохраняется сразу", "вернуться позже по этой же ссылке");
        assertThat(intro.select("a#start").attr("href")).isEqualTo("/d/" + token + "/page/1");
    }

    @Test
    void eachAnswerIsSavedAsItIsGivenAndTheLinkContinuesAtTheFirstUnansweredItem() throws Exception {
        assertThat(saveAnswer(items.get(0), "3").getResponse().getContentAsString()).contains("Сохранено");
        saveAnswer(items.get(1), "2");
        saveAnswer(items.get(2), "4");

        assertThat(form().answers()).containsOnlyKeys(items.get(0).getId(), items.get(1).getId(), items.get(2).getId());
        assertThat(form().answers().get(items.get(1).getId())).isEqualTo(AnswerValue.chosen(2));
        mvc.perform(get("/d/{token}", token)).andExpect(redirectedUrl("/d/" + token + "/page/2#item-" + items.get(3).getId()));

        Document second = page(get("/d/{token}/page/2", token));
        assertThat(second.select("#progress-label").text()).isEqualTo("Вопросы 3–4 из 6");
        assertThat(second.select("progress").attr("max")).isEqualTo("6");
        assertThat(second.select("#item-" + items.get(2).getId() + " input[checked]").attr("value")).isEqualTo("4");
        assertThat(second.select("#item-" + items.get(2).getId() + " .question-number").text()).isEqualTo("Вопрос 3 из 6");
    }

    @Test
    void theSelfRatingScaleOffersFiveLevelsWithTheirLabels() throws Exception {
        Document first = page(get("/d/{token}/page/1", token));

        assertThat(first.select("#item-" + items.get(0).getId() + " label.choice").eachText()).containsExactly(
                "Не владею", "Имею общее представление", "Применяю с помощью коллег", "Применяю самостоятельно", "Могу научить других");
        assertThat(first.select("#item-" + items.get(1).getId() + " input[type=radio]")).hasSize(3);
    }

    @Test
    void aChangedAnswerReplacesTheEarlierOneAndAnEmptyTextRemovesIt() throws Exception {
        saveAnswer(items.get(3), "1", "3");
        saveAnswer(items.get(3), "3");
        saveAnswer(items.get(5), "Хочу научиться проводить форсайт-сессии");
        assertThat(form().answers().get(items.get(5).getId())).isEqualTo(AnswerValue.written("Хочу научиться проводить форсайт-сессии"));

        saveAnswer(items.get(5), "  ");

        assertThat(form().answers()).containsOnlyKeys(items.get(3).getId());
        assertThat(form().answers().get(items.get(3).getId())).isEqualTo(AnswerValue.chosen(3));
    }

    @Test
    void anAnswerThatDoesNotFitItsItemIsRefusedInRussianAndNotStored() throws Exception {
        MvcResult outOfScale = mvc.perform(post("/d/{token}/answers/{item}", token, items.get(0).getId()).param(name(items.get(0)), "7"))
                .andExpect(status().is(422)).andReturn();
        MvcResult twoForOne = mvc.perform(post("/d/{token}/answers/{item}", token, items.get(1).getId())
                        .param(name(items.get(1)), "1").param(name(items.get(1)), "2"))
                .andExpect(status().is(422)).andReturn();
        MvcResult garbage = mvc.perform(post("/d/{token}/answers/{item}", token, items.get(1).getId()).param(name(items.get(1)), "два"))
                .andExpect(status().is(422)).andReturn();
        MvcResult unknownItem = mvc.perform(post("/d/{token}/answers/{item}", token, UUID.randomUUID()).param("a-x", "1"))
                .andExpect(status().is(422)).andReturn();

        assertThat(outOfScale.getResponse().getContentAsString()).contains("Выберите один уровень шкалы.");
        assertThat(twoForOne.getResponse().getContentAsString()).contains("Выберите один вариант ответа.");
        assertThat(garbage.getResponse().getContentAsString()).contains("Ответ не распознан");
        assertThat(unknownItem.getResponse().getContentAsString()).contains("Такого вопроса нет в этой самодиагностике.");
        assertThat(form().answers()).isEmpty();
    }

    @Test
    void withoutJavaScriptNextSavesThePageAndAWrongAnswerIsShownNextToItsItem() throws Exception {
        mvc.perform(post("/d/{token}/page/1", token).param(name(items.get(0)), "2").param(name(items.get(1)), "2").param("go", "next"))
                .andExpect(redirectedUrl("/d/" + token + "/page/2"));
        assertThat(form().answers()).hasSize(2);

        Document refused = Jsoup.parse(mvc.perform(post("/d/{token}/page/2", token)
                        .param(name(items.get(2)), "9").param(name(items.get(3)), "1").param("go", "next"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(refused.select("#item-" + items.get(2).getId() + " .save-refused").text()).isEqualTo("Выберите один уровень шкалы.");
        assertThat(refused.select("#item-" + items.get(3).getId() + " input[checked]").attr("value")).isEqualTo("1");
        assertThat(form().answers()).containsKey(items.get(3).getId()).doesNotContainKey(items.get(2).getId());

        mvc.perform(post("/d/{token}/page/2", token).param(name(items.get(2)), "1").param(name(items.get(3)), "1").param("go", "back"))
                .andExpect(redirectedUrl("/d/" + token + "/page/1"));
    }

    @Test
    void submittingWithUnansweredItemsGoesBackToTheFirstOfThemSayingHowManyRemain() throws Exception {
        saveAnswer(items.get(0), "3");
        saveAnswer(items.get(1), "2");

        mvc.perform(post("/d/{token}/submit", token).param("readinessShown", "true"))
                .andExpect(redirectedUrl("/d/" + token + "/page/2?remaining=3#item-" + items.get(2).getId()));
        Document back = page(get("/d/{token}/page/2", token).param("remaining", "3"));

        assertThat(back.select("#remaining").text()).isEqualTo("Остались вопросы без ответа: 3. Ответьте на них, чтобы отправить самодиагностику.");
        assertThat(form().response().status()).isEqualTo(ResponseStatus.STARTED);
    }

    @Test
    void afterTheLastPageTheReadinessTicksAreSavedAtOnceAndSubmissionShowsTheProfile() throws Exception {
        answerAll();
        mvc.perform(post("/d/{token}/page/4", token).param(name(items.get(5)), "Форсайт").param("go", "next"))
                .andExpect(redirectedUrl("/d/" + token + "/ready"));
        Document ready = page(get("/d/{token}/ready", token));
        assertThat(ready.select("fieldset.ready-topic legend").eachText()).hasSize(3);
        assertThat(ready.text()).contains("Готов(а) поделиться опытом как мастер");

        mvc.perform(post("/d/{token}/ready/{topic}", token, DiagnosticsFixtures.HACKATHON).param("ready", DiagnosticsFixtures.HACKATHON.toString()))
                .andExpect(status().isOk());
        mvc.perform(post("/d/{token}/ready/{topic}", token, DiagnosticsFixtures.NETWORK_COMMUNITY).param("ready", "x")).andExpect(status().isOk());
        mvc.perform(post("/d/{token}/ready/{topic}", token, DiagnosticsFixtures.NETWORK_COMMUNITY)).andExpect(status().isOk());
        assertThat(form().readyTopics()).containsExactly(DiagnosticsFixtures.HACKATHON);

        mvc.perform(post("/d/{token}/submit", token).param("readinessShown", "true")
                        .param("ready", DiagnosticsFixtures.HACKATHON.toString()).param("ready", DiagnosticsFixtures.LESSON_ANALYSIS.toString()))
                .andExpect(redirectedUrl("/d/" + token + "/profile"));

        RespondentForm submitted = form();
        assertThat(submitted.response().status()).isEqualTo(ResponseStatus.FINISHED);
        assertThat(submitted.readyTopics()).containsExactlyInAnyOrder(DiagnosticsFixtures.HACKATHON, DiagnosticsFixtures.LESSON_ANALYSIS);
        Document profile = page(get("/d/{token}/profile", token));
        assertThat(profile.select("h1").text()).isEqualTo("Результаты самодиагностики");
        // hackathon (3 + 2) / 6 = 83 %, lesson analysis (1 + 3) / 7 = 57 %, network community 2 / 4 = 50 %
        assertThat(profile.select(".profile-topic").eachAttr("data-percent")).containsExactly("83", "57", "50");
        assertThat(profile.select(".profile-topic .topic-level").eachText())
                .containsExactly("Минимальный / нет", "Высокий дефицит", "Высокий дефицит");
        assertThat(profile.text()).contains("самодиагностик").doesNotContainIgnoringCase("тест");
    }

    @Test
    void aSubmittedLinkShowsTheProfileAndTakesNoMoreAnswers() throws Exception {
        answerAll();
        mvc.perform(post("/d/{token}/submit", token)).andExpect(redirectedUrl("/d/" + token + "/profile"));

        mvc.perform(get("/d/{token}", token)).andExpect(redirectedUrl("/d/" + token + "/profile"));
        mvc.perform(get("/d/{token}/page/1", token)).andExpect(redirectedUrl("/d/" + token + "/profile"));
        mvc.perform(post("/d/{token}/submit", token)).andExpect(redirectedUrl("/d/" + token + "/profile"));
        MvcResult late = mvc.perform(post("/d/{token}/answers/{item}", token, items.get(0).getId()).param(name(items.get(0)), "0"))
                .andExpect(status().isGone()).andReturn();
        assertThat(late.getResponse().getContentAsString()).contains("Самодиагностика уже отправлена: ответы изменить нельзя.");
    }

    @Test
    void aTokenOpensOnlyItsOwnPersonsForm() throws Exception {
        Person colleague = registry.teacher(school, "Петров", "Павел");
        Campaign other = diagnostics.openCampaign(municipality, List.of(colleague));
        String colleagueToken = diagnostics.responseOf(other, colleague).getToken();
        InstrumentItem colleaguesItem = instruments.version(other.getInstrumentVersionId()).getItems().getFirst();

        saveAnswer(items.get(0), "4");
        mvc.perform(post("/d/{token}/answers/{item}", token, colleaguesItem.getId()).param(name(colleaguesItem), "1"))
                .andExpect(status().is(422));

        assertThat(selfDiagnosis.open(colleagueToken).answers()).isEmpty();
        assertThat(form().answers()).containsOnlyKeys(items.get(0).getId());
        assertThat(page(get("/d/{token}/page/1", colleagueToken)).select("input[checked]")).isEmpty();
        MvcResult unknown = mvc.perform(get("/d/{token}", token + "x")).andExpect(status().isNotFound()).andReturn();
        assertThat(Jsoup.parse(unknown.getResponse().getContentAsString()).select("#link-reason").text())
                .isEqualTo("Ссылка не найдена. Проверьте, что она скопирована полностью, или попросите методиста прислать её ещё раз.");
    }

    @Test
    void aRevokedLinkSaysSoInRussian() throws Exception {
        DiagnosisResponse response = diagnostics.responseOf(campaign, teacher);
        DiagnosticsFixtures.asAdministrator(() -> campaigns.revokeLink(response.getId(), RegistryScope.EVERYTHING));

        MvcResult revoked = mvc.perform(get("/d/{token}", token)).andExpect(status().isGone()).andReturn();
        MvcResult answer = mvc.perform(post("/d/{token}/answers/{item}", token, items.get(0).getId()).param(name(items.get(0)), "1"))
                .andExpect(status().isGone()).andReturn();

        assertThat(Jsoup.parse(revoked.getResponse().getContentAsString()).select("#link-reason").text())
                .isEqualTo("Эта ссылка отозвана методистом. Если вы ещё не прошли самодиагностику, попросите новую ссылку.");
        assertThat(answer.getResponse().getContentAsString()).contains("Эта ссылка отозвана методистом.");
        assertSessionless(revoked);
    }

    @Test
    void aClosedCampaignSaysSoInRussianEvenToThoseWhoSubmitted() throws Exception {
        answerAll();
        mvc.perform(post("/d/{token}/submit", token)).andExpect(redirectedUrl("/d/" + token + "/profile"));
        DiagnosticsFixtures.asAdministrator(() -> campaigns.close(campaign.getId(), RegistryScope.EVERYTHING));

        for (String address : List.of("/d/" + token, "/d/" + token + "/profile", "/d/" + token + "/page/1")) {
            MvcResult closed = mvc.perform(get(address)).andExpect(status().isGone()).andReturn();
            assertThat(Jsoup.parse(closed.getResponse().getContentAsString()).select("#link-reason").text())
                    .isEqualTo("Самодиагностика завершена: ответы больше не принимаются.");
        }
    }

    @Test
    void noPageBehindAPersonalLinkCreatesASession() throws Exception {
        List<MvcResult> results = List.of(
                mvc.perform(get("/d/{token}", token)).andReturn(),
                mvc.perform(get("/d/{token}/page/1", token)).andReturn(),
                saveAnswer(items.get(0), "3"),
                mvc.perform(post("/d/{token}/page/1", token).param(name(items.get(0)), "3").param(name(items.get(1)), "1")).andReturn(),
                mvc.perform(post("/d/{token}/submit", token)).andReturn(),
                mvc.perform(get("/d/{token}/ready", token)).andReturn(),
                mvc.perform(get("/d/{token}", "unknown")).andReturn());

        results.forEach(PersonalLinkIntegrationTest::assertSessionless);
    }

    private static void assertSessionless(MvcResult result) {
        assertThat(result.getRequest().getSession(false)).as(result.getRequest().getRequestURI()).isNull();
        assertThat(result.getResponse().getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION"));
    }

    private void answerAll() throws Exception {
        saveAnswer(items.get(0), "3");
        saveAnswer(items.get(1), "2");
        saveAnswer(items.get(2), "1");
        saveAnswer(items.get(3), "1", "3");
        saveAnswer(items.get(4), "2");
    }

    private MvcResult saveAnswer(InstrumentItem item, String... values) throws Exception {
        return mvc.perform(post("/d/{token}/answers/{item}", token, item.getId()).param(name(item), values))
                .andExpect(status().isOk()).andReturn();
    }

    private RespondentForm form() {
        return selfDiagnosis.open(token);
    }

    private static String name(InstrumentItem item) {
        return "a-" + item.getId();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
