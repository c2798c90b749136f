package ru.masterskaya.practice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.practice.PairLife;
import ru.masterskaya.practice.PairStatus;
import ru.masterskaya.practice.PracticeCompleted;
import ru.masterskaya.practice.PracticeFixtures;
import ru.masterskaya.practice.PracticeFixtures.Scene;
import ru.masterskaya.practice.PracticePair;
import ru.masterskaya.practice.PracticePairs;
import ru.masterskaya.practice.ReviewPublicationConsentChanged;
import ru.masterskaya.practice.RubricCriterion;
import ru.masterskaya.registry.RegistryScope;

/** The midpoint check-in and the completion: the master's product and grade, the practitioner's review and separate consent. */
@MasterskayaIntegrationTest
@RecordApplicationEvents
@Import(PracticeFixtures.class)
class CompletionAndCheckInIntegrationTest {

    static final String CONSENT_YES = "Я согласен(на) на публикацию моего отзыва о практике с указанием моих фамилии, имени, отчества и "
            + "места работы в «Книге отзывов» Мастерской.";

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeFixtures fixtures;

    @Autowired
    PracticePairs pairs;

    @Autowired
    PairLife life;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Clock clock;

    @Test
    void theMasterRecordsAndGradesTheProductAndThePractitionersConfirmationAnnouncesTheCompletedPractice() throws Exception {
        Scene scene = fixtures.active(PracticeFixtures.planPastMidpoint(LocalDate.now(clock)));
        String id = scene.pair().toString();

        mvc.perform(multipart("/pairs/" + id + "/product").with(csrf()).with(user(scene.master()))
                        .param("title", "Положение о сетевом сообществе педагогов ДОУ").param("kind", "положение").param("link", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Дайте ссылку на продукт или приложите его файл.")));
        mvc.perform(multipart("/pairs/" + id + "/product").with(csrf()).with(user(scene.master()))
                        .param("title", "Положение о сетевом сообществе педагогов ДОУ").param("kind", "положение")
                        .param("link", "https://disk.example/polozhenie"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/pairs/" + id + "/product").with(csrf()).with(user(scene.practitioner()))
                        .param("title", "Чужой продукт").param("kind", "положение").param("link", "https://disk.example/x"))
                .andExpect(flash().attribute("error", "practiceRule.NOT_THE_MASTER"));

        List<RubricCriterion> rubric = life.activeRubric();
        MockHttpServletRequestBuilder grade = post("/pairs/" + id + "/grade").with(csrf()).with(user(scene.master()))
                .param("comment", "Положение готово к обсуждению на педсовете");
        mvc.perform(grade).andExpect(status().isOk())
                .andExpect(content().string(containsString("Выберите уровень по критерию «" + rubric.get(0).name() + "».")));
        // high on every criterion but the last, which is medium: 3 + 3 + 3 + 2 = 11 of 12 points, 92 %
        for (int i = 0; i < rubric.size(); i++) {
            grade.param("levels[" + rubric.get(i).getId() + "]", String.valueOf(i == rubric.size() - 1 ? 1 : 2));
        }
        mvc.perform(grade).andExpect(status().is3xxRedirection());

        mvc.perform(get("/pairs/" + id).with(user(scene.practitioner())))
                .andExpect(content().string(containsString("Мастер оценил продукт: подтвердите завершение и напишите отзыв.")))
                .andExpect(content().string(containsString(CONSENT_YES)));
        mvc.perform(post("/pairs/" + id + "/complete").with(csrf()).with(user(scene.practitioner()))
                        .param("review", "Мастер помогла увидеть, как устроено сетевое сообщество"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ответьте, согласны ли вы на публикацию отзыва.")))
                .andExpect(content().string(containsString("Мастер помогла увидеть, как устроено сетевое сообщество")));
        mvc.perform(post("/pairs/" + id + "/complete").with(csrf()).with(user(scene.practitioner()))
                        .param("review", "Мастер помогла увидеть, как устроено сетевое сообщество").param("consent", "true")
                        .with(request -> {
                            request.setRemoteAddr("10.20.30.40");
                            return request;
                        }))
                .andExpect(status().is3xxRedirection());

        PracticePair pair = read(scene);
        assertThat(pair.status()).isEqualTo(PairStatus.COMPLETED);
        assertThat(pair.consent().text()).isEqualTo(CONSENT_YES);
        assertThat(pair.consent().from()).isEqualTo("10.20.30.40");
        assertThat(events.stream(PracticeCompleted.class)).singleElement().satisfies(completed -> {
            assertThat(completed.pairId()).isEqualTo(pair.getId());
            assertThat(completed.academicYear()).isEqualTo(scene.year());
            assertThat(completed.practitionerId()).isEqualTo(scene.practitioner().personId().value());
            assertThat(completed.masterId()).isEqualTo(scene.master().personId().value());
            assertThat(completed.topicId()).isEqualTo(DiagnosticsFixtures.NETWORK_COMMUNITY);
            assertThat(completed.topicName()).contains("Сетевое сообщество");
            assertThat(completed.startedOn()).isEqualTo(LocalDate.now(clock).minusDays(30));
            assertThat(completed.completedOn()).isEqualTo(LocalDate.now(clock));
            assertThat(completed.product()).isEqualTo(new PracticeCompleted.Product("Положение о сетевом сообществе педагогов ДОУ",
                    "положение", "https://disk.example/polozhenie"));
            assertThat(completed.grade().level()).isEqualTo("высокий");
            assertThat(completed.grade().points()).isEqualTo(11);
            assertThat(completed.grade().maxPoints()).isEqualTo(12);
            assertThat(completed.grade().criteria()).hasSize(rubric.size()).first()
                    .isEqualTo(new PracticeCompleted.CriterionGrade(rubric.get(0).name(), "высокий", 3));
            assertThat(completed.grade().comment()).isEqualTo("Положение готово к обсуждению на педсовете");
            assertThat(completed.review().text()).isEqualTo("Мастер помогла увидеть, как устроено сетевое сообщество");
            assertThat(completed.review().publicationConsented()).isTrue();
            assertThat(completed.review().consentText()).isEqualTo(CONSENT_YES);
            assertThat(completed.review().consentedAt()).isNotNull();
            assertThat(completed.review().consentedFrom()).isEqualTo("10.20.30.40");
        });

        mvc.perform(post("/pairs/" + id + "/consent").with(csrf()).with(user(scene.practitioner())).param("consent", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(read(scene).consent().given()).isFalse();
        assertThat(events.stream(ReviewPublicationConsentChanged.class)).singleElement().satisfies(changed -> {
            assertThat(changed.consented()).isFalse();
            assertThat(changed.consentText()).isEqualTo("Я не согласен(на) на публикацию моего отзыва о практике.");
            assertThat(changed.practitionerId()).isEqualTo(scene.practitioner().personId().value());
        });
        mvc.perform(post("/pairs/" + id + "/consent").with(csrf()).with(user(scene.master())).param("consent", "true"))
                .andExpect(flash().attribute("error", "practiceRule.NOT_THE_PRACTITIONER"));
        assertThat(read(scene).consent().given()).isFalse();
    }

    @Test
    void noCompletionWithoutAGradeAndNoJournalAfterTheEnd() throws Exception {
        Scene scene = fixtures.active(PracticeFixtures.planPastMidpoint(LocalDate.now(clock)));
        mvc.perform(post("/pairs/" + scene.pair() + "/complete").with(csrf()).with(user(scene.practitioner()))
                .param("review", "Отзыв").param("consent", "false")).andExpect(flash().attribute("error", "practiceRule.NO_PRODUCT"));

        Scene graded = fixtures.graded();
        mvc.perform(post("/pairs/" + graded.pair() + "/complete").with(csrf()).with(user(graded.practitioner()))
                .param("review", "Спасибо за практику").param("consent", "false")).andExpect(status().is3xxRedirection());
        assertThat(events.stream(PracticeCompleted.class)).singleElement()
                .satisfies(completed -> assertThat(completed.review().publicationConsented()).isFalse());
        mvc.perform(multipart("/pairs/" + graded.pair() + "/entries").with(csrf()).with(user(graded.practitioner())).param("kind", "MEETING")
                .param("occurredOn", LocalDate.now(clock).toString()).param("minutes", "30"))
                .andExpect(flash().attribute("error", "practiceRule.JOURNAL_CLOSED"));
        assertThat(read(graded).entryCount()).isEqualTo(1);
    }

    @Test
    void fromTheMidpointBothSidesAnswerTheCheckInOnceAndALowAnswerAsksTheCoordinatorToLook() throws Exception {
        Scene scene = fixtures.active(PracticeFixtures.planPastMidpoint(LocalDate.now(clock)));
        String id = scene.pair().toString();

        mvc.perform(get("/pairs/" + id).with(user(scene.master()))).andExpect(content().string(containsString("id=\"check-in-form\"")));
        mvc.perform(get("/pairs/" + id).with(user(scene.coordinator()))).andExpect(content().string(not(containsString("id=\"check-in-form\""))));
        mvc.perform(get("/my/pairs").with(user(scene.practitioner())))
                .andExpect(content().string(containsString("Середина практики: ответьте на два вопроса промежуточной проверки.")));

        mvc.perform(post("/pairs/" + id + "/check-in").with(csrf()).with(user(scene.master())).param("progress", "4"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ответьте, нужна ли помощь координатора.")));
        mvc.perform(post("/pairs/" + id + "/check-in").with(csrf()).with(user(scene.master())).param("progress", "4").param("needsHelp", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(read(scene).attentionSince()).isNull();
        mvc.perform(post("/pairs/" + id + "/check-in").with(csrf()).with(user(scene.master())).param("progress", "1").param("needsHelp", "true"))
                .andExpect(flash().attribute("error", "practiceRule.CHECK_IN_ALREADY_ANSWERED"));

        mvc.perform(post("/pairs/" + id + "/check-in").with(csrf()).with(user(scene.practitioner())).param("progress", "2")
                .param("needsHelp", "false").param("comment", "Не хватает времени на встречи")).andExpect(status().is3xxRedirection());
        assertThat(read(scene).attentionSince()).isNotNull();

        mvc.perform(get("/pairs/" + id).with(user(scene.coordinator())))
                .andExpect(content().string(containsString("Нужно внимание координатора")))
                .andExpect(content().string(containsString("Не хватает времени на встречи")));
        mvc.perform(post("/pairs/" + id + "/attention/acknowledge").with(csrf()).with(user(scene.master())))
                .andExpect(flash().attribute("error", "practiceRule.NOT_A_COORDINATOR"));
        mvc.perform(post("/pairs/" + id + "/attention/acknowledge").with(csrf()).with(user(scene.coordinator())))
                .andExpect(status().is3xxRedirection());
        assertThat(read(scene).attentionSince()).isNull();
    }

    @Test
    void beforeTheMidpointThereIsNoCheckIn() throws Exception {
        Scene scene = fixtures.active(PracticeFixtures.planAhead(LocalDate.now(clock)));

        mvc.perform(get("/pairs/" + scene.pair()).with(user(scene.master())))
                .andExpect(content().string(not(containsString("id=\"check-in-form\""))));
        mvc.perform(post("/pairs/" + scene.pair() + "/check-in").with(csrf()).with(user(scene.master())).param("progress", "1")
                .param("needsHelp", "true")).andExpect(flash().attribute("error", "practiceRule.CHECK_IN_NOT_DUE"));
        assertThat(read(scene).attentionSince()).isNull();
    }

    private PracticePair read(Scene scene) {
        return pairs.get(scene.pair(), UUID.randomUUID(), RegistryScope.EVERYTHING);
    }
}
