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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.masterskaya.Mailbox;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.practice.EntryParameters;
import ru.masterskaya.practice.JournalEntryKind;
import ru.masterskaya.practice.PairLife;
import ru.masterskaya.practice.PairStatus;
import ru.masterskaya.practice.PracticeFixtures;
import ru.masterskaya.practice.PracticeFixtures.Scene;
import ru.masterskaya.practice.PracticePair;
import ru.masterskaya.practice.PracticePairs;
import ru.masterskaya.practice.UploadedFile;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.RegistryScope;

/** The pair page as its sides and coordinators use it: agreement, journal with files, and who sees what. */
@MasterskayaIntegrationTest
@Import(PracticeFixtures.class)
class PairPageIntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n% план встречи\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeFixtures fixtures;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    PracticePairs pairs;

    @Autowired
    PairLife life;

    @Autowired
    Clock clock;

    @Test
    void bothSidesAgreeAPlanOnThePairPageAndTheOtherSideIsEmailedEachTime() throws Exception {
        Scene scene = fixtures.proposed();
        LocalDate today = LocalDate.now(clock);

        mvc.perform(plan(scene, scene.master(), today).param("agree", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "pair.plan.savedAndAgreed"));
        PracticePair pair = read(scene);
        assertThat(pair.status()).isEqualTo(PairStatus.PROPOSED);
        assertThat(pair.plan().basisOrNone().number()).isEqualTo("45-к");
        String practitionerEmail = scene.practitioner().getUsername();
        assertThat(mailbox.awaitMailTo(practitionerEmail).subject()).contains("ждёт вашего согласования");

        mvc.perform(get("/pairs/" + scene.pair()).with(user(scene.practitioner())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Согласовать план")))
                .andExpect(content().string(containsString("№ 45-к от " + today.minusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))));
        mvc.perform(post("/pairs/" + scene.pair() + "/agree").with(csrf()).with(user(scene.practitioner())))
                .andExpect(status().is3xxRedirection());

        assertThat(read(scene).status()).isEqualTo(PairStatus.AGREED);
        assertThat(mailbox.awaitMailTo(practitionerEmail, 2).subject()).contains("согласован");
        assertThat(mailbox.awaitMailTo(scene.master().getUsername()).subject()).contains("согласован");
    }

    @Test
    void aChangeOfTheAgreedPlanAsksTheOtherSideToAgreeAgain() throws Exception {
        Scene scene = fixtures.proposed();
        LocalDate today = LocalDate.now(clock);
        mvc.perform(plan(scene, scene.master(), today).param("agree", "true")).andExpect(status().is3xxRedirection());
        assertThat(read(scene).agreedAt(ru.masterskaya.practice.PairSide.MASTER)).isNotNull();

        mvc.perform(plan(scene, scene.practitioner(), today, "meetingRhythm", "раз в неделю").param("agree", "true"))
                .andExpect(status().is3xxRedirection());

        PracticePair pair = read(scene);
        assertThat(pair.plan().meetingRhythm()).isEqualTo("раз в неделю");
        assertThat(pair.agreedAt(ru.masterskaya.practice.PairSide.MASTER)).isNull();
        assertThat(pair.agreedAt(ru.masterskaya.practice.PairSide.PRACTITIONER)).isNotNull();
        assertThat(pair.status()).isEqualTo(PairStatus.PROPOSED);
    }

    @Test
    void aPlanWithMistakesIsRefusedInRussianAndWhatWasTypedIsKept() throws Exception {
        Scene scene = fixtures.proposed();
        LocalDate today = LocalDate.now(clock);

        mvc.perform(plan(scene, scene.master(), today, "goal", " ", "plannedEnd", today.minusDays(1).toString(), "basisNumber", "",
                        "meetingRhythm", "каждый четверг после уроков"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Укажите цель практики.")))
                .andExpect(content().string(containsString("Дата окончания должна быть позже даты начала.")))
                .andExpect(content().string(containsString("Укажите номер документа-основания или очистите его даты.")))
                .andExpect(content().string(containsString("каждый четверг после уроков")));

        assertThat(read(scene).plan().goal()).isNull();
        assertThat(mailbox.mailTo(scene.practitioner().getUsername())).isEmpty();
    }

    @Test
    void declinningAPairNeedsAReasonFromTheList() throws Exception {
        Scene scene = fixtures.proposed();

        mvc.perform(post("/pairs/" + scene.pair() + "/decline").with(csrf()).with(user(scene.practitioner())).param("note", "не успеваю"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Выберите причину из списка.")))
                .andExpect(content().string(containsString("не успеваю")));
        assertThat(read(scene).status()).isEqualTo(PairStatus.PROPOSED);

        mvc.perform(post("/pairs/" + scene.pair() + "/decline").with(csrf()).with(user(scene.practitioner()))
                .param("reasonId", "5e0d0000-0000-4000-8000-000000000001").param("note", "не успеваю"))
                .andExpect(status().is3xxRedirection());
        PracticePair pair = read(scene);
        assertThat(pair.status()).isEqualTo(PairStatus.DECLINED);
        assertThat(pair.endNote()).isEqualTo("не успеваю");
        mvc.perform(get("/pairs/" + scene.pair()).with(user(scene.coordinator())))
                .andExpect(content().string(containsString("Причина: нет времени")));
    }

    @Test
    void aJournalEntryWithAFileStartsThePairAndTheFileIsDownloadedByBothSides() throws Exception {
        Scene scene = fixtures.agreed(PracticeFixtures.planAhead(LocalDate.now(clock)));

        mvc.perform(entry(scene, scene.practitioner(), new MockMultipartFile("files", "план встречи.pdf", "application/pdf", PDF))
                        .param("note", "Разобрали структуру положения"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "pair.entry.added"));

        PracticePair pair = read(scene);
        assertThat(pair.status()).isEqualTo(PairStatus.ACTIVE);
        assertThat(pair.entryCount()).isEqualTo(1);
        String page = mvc.perform(get("/pairs/" + scene.pair()).with(user(scene.master())))
                .andExpect(content().string(containsString("Разобрали структуру положения")))
                .andReturn().getResponse().getContentAsString();
        String fileLink = fileLink(page);
        for (CurrentUser side : List.of(scene.master(), scene.practitioner())) {
            mvc.perform(get(fileLink).with(user(side))).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(content().bytes(PDF));
        }
    }

    @Test
    void aFileOfAWrongTypeIsRefusedWithItsNameAndNothingIsSaved() throws Exception {
        Scene scene = fixtures.agreed(PracticeFixtures.planAhead(LocalDate.now(clock)));

        mvc.perform(entry(scene, scene.practitioner(), new MockMultipartFile("files", "setup.exe", "application/octet-stream", new byte[] {'M', 'Z', 1}))
                        .param("note", "Заметка, которую жалко потерять"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Файл «setup.exe» не подходит: можно приложить PDF, DOCX, XLSX, PPTX, JPG или PNG.")))
                .andExpect(content().string(containsString("Заметка, которую жалко потерять")));
        mvc.perform(entry(scene, scene.practitioner(), new MockMultipartFile("files", "fake.pdf", "application/pdf", "not a pdf".getBytes()))
                        .param("note", "вторая попытка"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Файл «fake.pdf» не подходит")));

        PracticePair pair = read(scene);
        assertThat(pair.status()).isEqualTo(PairStatus.AGREED);
        assertThat(pair.entryCount()).isZero();
    }

    @Test
    void anEntryDatedInTheFutureIsRefusedOnItsDateField() throws Exception {
        Scene scene = fixtures.agreed(PracticeFixtures.planAhead(LocalDate.now(clock)));

        mvc.perform(multipart("/pairs/" + scene.pair() + "/entries").with(csrf()).with(user(scene.master())).param("kind", "MEETING")
                        .param("occurredOn", LocalDate.now(clock).plusDays(2).toString()).param("minutes", "45"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Дата записи не может быть позже сегодняшнего дня.")));
        assertThat(read(scene).entryCount()).isZero();
    }

    @Test
    void coordinatorsSeeThatAnEntryHappenedButNotItsPrivateNoteOrFilesUnlessShared() throws Exception {
        Scene scene = fixtures.agreed(PracticeFixtures.planAhead(LocalDate.now(clock)));
        LocalDate today = LocalDate.now(clock);
        life.addEntry(scene.pair(), scene.practitionerActor(), new EntryParameters(JournalEntryKind.CONSULTATION, today, 30,
                "Личное: боюсь открытого урока", false, List.of(new UploadedFile("личное.pdf", "application/pdf", PDF))));
        life.addEntry(scene.pair(), scene.masterActor(), new EntryParameters(JournalEntryKind.LESSON_VISIT, today, 90,
                "Посетили урок, цели урока сформулированы ясно", true, List.of(new UploadedFile("анализ урока.pdf", "application/pdf", PDF))));
        String sidePage = mvc.perform(get("/pairs/" + scene.pair()).with(user(scene.master())))
                .andExpect(content().string(containsString("Личное: боюсь открытого урока")))
                .andReturn().getResponse().getContentAsString();
        String privateFile = fileLink(sidePage.substring(sidePage.indexOf("личное.pdf") - 200));

        CurrentUser deputy = registry.deputyOf(scene.kindergarten());
        for (CurrentUser reader : List.of(scene.coordinator(), deputy)) {
            String page = mvc.perform(get("/pairs/" + scene.pair()).with(user(reader))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("боюсь открытого урока"))))
                    .andExpect(content().string(not(containsString("личное.pdf"))))
                    .andExpect(content().string(containsString("Заметка видна только участникам пары.")))
                    .andExpect(content().string(containsString("Посетили урок, цели урока сформулированы ясно")))
                    .andExpect(content().string(containsString("анализ урока.pdf")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("data-note-visible=\"false\"");
            mvc.perform(get(privateFile).with(user(reader))).andExpect(status().isNotFound());
            mvc.perform(get(fileLink(page)).with(user(reader))).andExpect(status().isOk());
        }
    }

    @Test
    void aPairIsOpenToItsSidesTheInstitutionCoordinatorsOfEitherSideAndTheCoordinatorOfTheTerritoryOnly() throws Exception {
        Scene scene = fixtures.agreed(PracticeFixtures.planAhead(LocalDate.now(clock)));
        mvc.perform(entry(scene, scene.master(), new MockMultipartFile("files", "фото доски.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10})).param("shared", "true")).andExpect(status().is3xxRedirection());
        String file = fileLink(mvc.perform(get("/pairs/" + scene.pair()).with(user(scene.master()))).andReturn().getResponse().getContentAsString());

        for (CurrentUser allowed : List.of(scene.master(), scene.practitioner(), registry.deputyOf(scene.school()),
                registry.deputyOf(scene.kindergarten()), scene.coordinator())) {
            mvc.perform(get("/pairs/" + scene.pair()).with(user(allowed))).andExpect(status().isOk());
            mvc.perform(get(file).with(user(allowed))).andExpect(status().isOk());
        }
        Organisation elsewhere = registry.school(registry.municipality());
        List<CurrentUser> strangers = List.of(registry.teacherAccount(scene.school()), registry.deputyOf(elsewhere),
                registry.coordinatorOf(elsewhere.getMunicipality(), elsewhere));
        for (CurrentUser stranger : strangers) {
            mvc.perform(get("/pairs/" + scene.pair()).with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(get(file).with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(multipart("/pairs/" + scene.pair() + "/entries").with(csrf()).with(user(stranger)).param("kind", "MEETING")
                    .param("occurredOn", LocalDate.now(clock).toString()).param("minutes", "45")).andExpect(status().isNotFound());
            mvc.perform(post("/pairs/" + scene.pair() + "/end").with(csrf()).with(user(stranger))
                    .param("reasonId", "5e0d0000-0000-4000-8000-000000000001")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/pairs/" + java.util.UUID.randomUUID()).with(user(scene.master()))).andExpect(status().isNotFound());
        assertThat(read(scene).status()).isEqualTo(PairStatus.ACTIVE);
    }

    @Test
    void aCoordinatorCannotWriteTheJournalOrAgreeForASide() throws Exception {
        Scene scene = fixtures.proposed();
        mvc.perform(plan(scene, scene.coordinator(), LocalDate.now(clock))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/pairs/" + scene.pair() + "/agree").with(csrf()).with(user(scene.coordinator())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", "practiceRule.NOT_A_SIDE"));
        assertThat(read(scene).agreedAt(ru.masterskaya.practice.PairSide.MASTER)).isNull();
        assertThat(mailbox.awaitMailTo(scene.master().getUsername()).subject()).contains("ждёт вашего согласования");
    }

    @Test
    void myPairsListsTheOtherSideTheTopicAndTheNextStep() throws Exception {
        Scene scene = fixtures.proposed();

        mvc.perform(get("/my/pairs").with(user(scene.practitioner()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Тимофеева Елена Петрович")))
                .andExpect(content().string(containsString(scene.school().getShortName())))
                .andExpect(content().string(containsString("Сетевое сообщество")))
                .andExpect(content().string(containsString("Заполните план практики и согласуйте его.")));
        mvc.perform(get("/my/pairs").with(user(registry.teacherAccount(scene.school())))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Тимофеева Елена Петрович"))));
    }

    @Test
    void aSideOrTheCoordinatorPausesResumesAndEndsAPairEarlyWithAReason() throws Exception {
        Scene scene = fixtures.active(PracticeFixtures.planAhead(LocalDate.now(clock)));
        String id = scene.pair().toString();

        mvc.perform(post("/pairs/" + id + "/pause").with(csrf()).with(user(scene.master())).param("resumeOn", LocalDate.now(clock).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Дата возобновления должна быть позже сегодняшнего дня.")));
        mvc.perform(post("/pairs/" + id + "/pause").with(csrf()).with(user(scene.master()))
                .param("resumeOn", LocalDate.now(clock).plusWeeks(2).toString())).andExpect(status().is3xxRedirection());
        assertThat(read(scene).status()).isEqualTo(PairStatus.PAUSED);
        mvc.perform(post("/pairs/" + id + "/resume").with(csrf()).with(user(scene.coordinator()))).andExpect(status().is3xxRedirection());
        assertThat(read(scene).status()).isEqualTo(PairStatus.ACTIVE);

        mvc.perform(post("/pairs/" + id + "/end").with(csrf()).with(user(scene.coordinator()))
                .param("reasonId", "5e0d0000-0000-4000-8000-000000000002").param("note", "Практикант перешёл в другую школу"))
                .andExpect(status().is3xxRedirection());
        PracticePair pair = read(scene);
        assertThat(pair.status()).isEqualTo(PairStatus.ENDED_EARLY);
        assertThat(pair.endNote()).isEqualTo("Практикант перешёл в другую школу");
        mvc.perform(get("/pairs/" + id).with(user(scene.practitioner())))
                .andExpect(content().string(containsString("Причина: смена работы")))
                .andExpect(content().string(not(containsString("id=\"entry-form\""))));
    }

    private MockHttpServletRequestBuilder plan(Scene scene, CurrentUser who, LocalDate today, String... overrides) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("goal", "Разработать положение о сетевом сообществе педагогов");
        values.put("expectedProduct", "положение о сетевом сообществе");
        values.put("plannedStart", today.toString());
        values.put("plannedEnd", today.plusMonths(5).toString());
        values.put("meetingRhythm", "раз в две недели");
        values.put("basisNumber", "45-к");
        values.put("basisDate", today.minusDays(3).toString());
        for (int i = 0; i < overrides.length; i += 2) {
            values.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/pairs/" + scene.pair() + "/plan").with(csrf()).with(user(who));
        values.forEach(request::param);
        return request;
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder entry(Scene scene, CurrentUser who,
            MockMultipartFile file) {
        var request = multipart("/pairs/" + scene.pair() + "/entries");
        request.file(file);
        request.with(csrf()).with(user(who)).param("kind", "LESSON_VISIT").param("occurredOn", LocalDate.now(clock).toString())
                .param("minutes", "45");
        return request;
    }

    private PracticePair read(Scene scene) {
        return pairs.get(scene.pair(), java.util.UUID.randomUUID(), RegistryScope.EVERYTHING);
    }

    static String fileLink(String page) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/pairs/[0-9a-f-]+/files/[0-9a-f-]+)\"").matcher(page);
        assertThat(link.find()).as("a file link on the page").isTrue();
        return link.group(1);
    }
}
