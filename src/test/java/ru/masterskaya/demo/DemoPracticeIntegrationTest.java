package ru.masterskaya.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.documents.DocumentFilesReader;
import ru.masterskaya.practice.PairStatus;
import ru.masterskaya.practice.PracticePair;
import ru.masterskaya.practice.PracticePairs;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.RegistryScope;

/** The practice pairs of the demo data, loaded on start into the emptied test database; the schema is emptied again afterwards. */
@MasterskayaIntegrationTest
@TestPropertySource(properties = {"masterskaya.demo.enabled=true", "masterskaya.demo.seed=2025"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoPracticeIntegrationTest {

    @Autowired
    PracticePairs pairs;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    Flyway flyway;

    @AfterAll
    void emptyTheSchemaForTheOtherTests() {
        flyway.clean();
        flyway.migrate();
    }

    List<PracticePair> all() {
        CurrentUser coordinator = (CurrentUser) accounts.loadUserByUsername(DemoAccount.COORDINATOR.email());
        List<PracticePair> found = pairs.coveredBy(coordinator.registryScope(), year());
        assertThat(pairs.coveredBy(RegistryScope.EVERYTHING, year())).hasSameSizeAs(found);
        return found;
    }

    AcademicYear year() {
        return pairs.coveredBy(RegistryScope.EVERYTHING, AcademicYear.containing(LocalDate.now(clock))).isEmpty()
                ? AcademicYear.containing(LocalDate.now(clock)).previous() : AcademicYear.containing(LocalDate.now(clock));
    }

    @Test
    void theTownHasPairsInEveryStateAndSomeHaveBeenSilentForThreeWeeks() {
        List<PracticePair> all = all();
        Map<PairStatus, Long> byStatus = all.stream().collect(Collectors.groupingBy(PracticePair::status, Collectors.counting()));
        LocalDate today = LocalDate.now(clock);

        assertThat(all).hasSize(DemoPractice.OTHER_PAIRS + 1);
        assertThat(byStatus.keySet()).containsExactlyInAnyOrder(PairStatus.values());
        assertThat(byStatus.get(PairStatus.COMPLETED)).isEqualTo(3L);
        assertThat(all).filteredOn(pair -> pair.status() == PairStatus.ACTIVE && pair.lastEntryOn() != null
                && pair.lastEntryOn().isBefore(today.minusDays(21))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(all).filteredOn(pair -> pair.attentionSince() != null).isNotEmpty();
        assertThat(all).filteredOn(pair -> pair.status() == PairStatus.COMPLETED).allSatisfy(pair -> {
            assertThat(pair.product()).isNotNull();
            assertThat(pair.grades()).hasSize(4);
            assertThat(pair.reviewText()).isNotBlank();
            assertThat(pair.consent().text()).startsWith("Я ");
        }).extracting(pair -> pair.consent().given()).containsExactlyInAnyOrder(true, true, false);
        assertThat(all).extracting(pair -> pair.practitioner().personId()).doesNotHaveDuplicates();
    }

    @Test
    void theBoardShowsTheStalledDemoPairsRightAfterTheStartWithoutWaitingForTheNight() throws Exception {
        CurrentUser coordinator = (CurrentUser) accounts.loadUserByUsername(DemoAccount.COORDINATOR.email());

        String board = mvc.perform(get("/practice/board").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(board).contains("data-health=\"STALLED\"");
    }

    @Test
    void theDemoMasterAndPractitionerWorkOnLessonVisitsAtTheMidpointOfTheirPlan() throws Exception {
        CurrentUser master = (CurrentUser) accounts.loadUserByUsername(DemoAccount.MASTER.email());
        CurrentUser practitioner = (CurrentUser) accounts.loadUserByUsername(DemoAccount.PRACTITIONER.email());
        List<PracticePair> own = pairs.withSide(practitioner.personId().value(), year());

        assertThat(own).singleElement().satisfies(pair -> {
            assertThat(pair.master().personId()).isEqualTo(master.personId().value());
            assertThat(pair.topicId()).isEqualTo(DemoInstrument.topic(DemoPractice.LESSON_VISITS));
            assertThat(pair.status()).isEqualTo(PairStatus.ACTIVE);
            assertThat(pair.entryCount()).isEqualTo(5);
            assertThat(pair.plan().midpoint()).isEqualTo(LocalDate.now(clock));
        });
        UUID id = own.get(0).getId();
        mvc.perform(get("/my/pairs").with(user(practitioner))).andExpect(status().isOk())
                .andExpect(content().string(containsString(master.name().full())));
        mvc.perform(get("/pairs/" + id).with(user(master))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Карта наблюдения и анализа урока")))
                .andExpect(content().string(containsString("id=\"check-in-form\"")));
    }

    @Test
    void theDemoTownIssuedTheDocumentsOfItsFirstCompletedPracticeInItsOwnNameAndLeftTheOthersAsDrafts() throws Exception {
        CurrentUser coordinator = (CurrentUser) accounts.loadUserByUsername(DemoAccount.COORDINATOR.email());
        var register = Jsoup.parse(mvc.perform(get("/documents").with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(register.select(".document-row[data-status=ISSUED]")).extracting(row -> row.attr("data-kind"))
                .containsExactlyInAnyOrder("MASTER_CERTIFICATE", "PRACTITIONER_STATEMENT");
        assertThat(register.select(".document-row[data-status=DRAFT]")).hasSize(4);
        String detail = register.select(".document-row[data-kind=MASTER_CERTIFICATE][data-status=ISSUED] .document-link").first().attr("href");

        byte[] pdf = mvc.perform(get(detail + "/pdf").with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(DocumentFilesReader.pdfText(pdf).replaceAll("\\s+", " "))
                .contains("«Информационно-методический центр» городского округа Заречный".toUpperCase(), "О.В. Соколова", "Т.Н. Белова",
                        "№ СМ-" + year().shortLabel() + "-0001");
        mvc.perform(get("/documents/templates").with(user(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Шаблоны муниципалитета «Городской округ Заречный»")));
    }
}
