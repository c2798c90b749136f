package ru.masterskaya.matching.run.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.masterskaya.Mailbox;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.matching.MatchingFixtures;
import ru.masterskaya.matching.run.MoveWarning;
import ru.masterskaya.matching.run.RunStatus;
import ru.masterskaya.matching.run.RunView;
import ru.masterskaya.matching.run.RunViews;
import ru.masterskaya.matching.run.StoredPair;
import ru.masterskaya.matching.solver.CertificateCheck;
import ru.masterskaya.matching.solver.MatchingProblem;
import ru.masterskaya.matching.solver.MatchingSolver;
import ru.masterskaya.matching.solver.UnmatchedReason;

/** A coordinator's matching run over a small known town: optimal, explained, adjustable, exportable. */
@MasterskayaIntegrationTest
@Import({DiagnosticsFixtures.class, MatchingFixtures.class, RunScenario.class})
class MatchingRunIntegrationTest {

    // the English test publishes; its e-mails are delivered here rather than left in the shared outbox
    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    RunScenario scenario;

    @Autowired
    RunViews runs;

    RunScenario.Town town;

    @BeforeEach
    void aTownReadyForMatching() throws Exception {
        town = scenario.ready(mvc);
    }

    @Test
    void aRunStoresTheOptimumOfItsInputsWithACertificateThatChecksIndependently() throws Exception {
        long started = System.nanoTime();
        UUID id = scenario.start(mvc, town.coordinator(), "PENALISED");
        long millis = (System.nanoTime() - started) / 1_000_000;

        MatchingProblem problem = runs.problemOf(id, town.coordinator().registryScope());
        RunView view = runs.view(id, town.coordinator().registryScope());
        assertThat(problem.practitioners()).hasSize(3);
        assertThat(problem.masters()).hasSize(2);
        assertThat(view.run().objective()).isEqualTo(new MatchingSolver().solve(problem).totalScore());
        assertThat(CertificateCheck.violations(problem, runs.storedResult(id, town.coordinator().registryScope()))).isEmpty();
        assertThat(view.pairs()).extracting(pair -> pair.practitionerId() + ">" + pair.masterId()).containsExactlyInAnyOrder(
                town.town().klara().getId() + ">" + town.town().anna().getId(), town.town().anna().getId() + ">" + town.town().boris().getId());
        assertThat(view.unmatched()).singleElement().satisfies(left -> {
            assertThat(left.practitionerId()).isEqualTo(town.town().boris().getId());
            assertThat(left.reason()).isEqualTo(UnmatchedReason.CAPACITY_EXHAUSTED);
        });
        assertThat(view.run().status()).isEqualTo(RunStatus.DRAFT);
        assertThat(view.run().practitioners()).isEqualTo(3);
        assertThat(view.run().startedBy()).isEqualTo(town.coordinator().getUsername());
        assertThat(view.run().solveMillis()).isLessThan(2000);
        assertThat(millis).isLessThan(2000);
    }

    @Test
    void theDraftShowsMatchedOfAllTheExplanationsTheUnmatchedReasonAndGroupProposals() throws Exception {
        UUID id = scenario.start(mvc, town.coordinator(), "PENALISED");

        Document page = RunScenario.page(mvc, town.coordinator(), "/matching/runs/" + id);

        assertThat(page.select("#run-matched").text()).isEqualTo("Подобрано 2 из 3");
        Element klara = row(page, town.town().klara().getId());
        assertThat(klara.select(".pair-explanation").text()).isEqualTo(
                "Мастер силён в теме «Сетевое сообщество педагогов» (100 %), у практиканта высокий дефицит (0 %); "
                        + "разные организации одного муниципалитета; учтена квалификационная категория мастера; приоритет охвата для организаций этого типа");
        assertThat(klara.select(".pair-components li")).extracting(Element::text).contains("Глубина дефицита: 100,00");
        assertThat(page.select(".unmatched-row").text()).contains("Баранов", "У подходящих мастеров не осталось мест");
        assertThat(page.select(".coverage-type[data-type=PRESCHOOL]").attr("data-matched")).isEqualTo("1");
        assertThat(page.select(".group-row").attr("data-topic-id")).isEqualTo(DiagnosticsFixtures.LESSON_ANALYSIS.toString());
        assertThat(page.select(".group-row").text()).contains("Клюквина", "Баранов");

        Document filtered = Jsoup.parse(mvc.perform(get("/matching/runs/" + id).param("typeCode", "PRESCHOOL").header("HX-Request", "true")
                .with(user(town.coordinator()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(filtered.select(".pair-row")).extracting(row -> row.attr("data-practitioner-id"))
                .containsExactly(town.town().klara().getId().toString());
        assertThat(filtered.select("main")).isEmpty();
    }

    @Test
    void theNextRunKeepsLockedPairsNeverProposesForbiddenOnesAndSaysWhatTheyCost() throws Exception {
        UUID first = scenario.start(mvc, town.coordinator(), "PENALISED");
        decide(first, "lock", town.town().anna().getId(), town.town().boris().getId());
        decide(first, "forbid", town.town().klara().getId(), town.town().anna().getId());

        MvcResult rerun = mvc.perform(post("/matching/runs/" + first + "/rerun").with(csrf()).with(user(town.coordinator())))
                .andExpect(status().is3xxRedirection()).andReturn();
        UUID second = UUID.fromString(rerun.getResponse().getRedirectedUrl().substring("/matching/runs/".length()));

        RunView view = runs.view(second, town.coordinator().registryScope());
        assertThat(view.pairs()).anySatisfy(pair -> {
            assertThat(pair.practitionerId()).isEqualTo(town.town().anna().getId());
            assertThat(pair.masterId()).isEqualTo(town.town().boris().getId());
            assertThat(pair.locked()).isTrue();
        });
        assertThat(view.pairs()).noneMatch(pair -> pair.practitionerId().equals(town.town().klara().getId())
                && pair.masterId().equals(town.town().anna().getId()));
        MatchingProblem problem = runs.problemOf(second, town.coordinator().registryScope());
        assertThat(CertificateCheck.violations(problem, runs.storedResult(second, town.coordinator().registryScope()))).isEmpty();
        long free = new MatchingSolver().solve(problem.withLocked(Set.of()).withForbidden(Set.of())).totalScore();
        assertThat(view.run().manualCost()).isEqualTo(free - view.run().objective()).isPositive();
        assertThat(runs.view(first, town.coordinator().registryScope()).run().status()).isEqualTo(RunStatus.SUPERSEDED);

        Document page = RunScenario.page(mvc, town.coordinator(), "/matching/runs/" + second);
        assertThat(page.select("#run-manual-cost").text()).startsWith("Ручные решения (2) стоили 110,00 балла");
        assertThat(row(page, town.town().anna().getId()).select(".pair-explanation").text()).contains("пара закреплена координатором");
        assertThat(page.select(".decision")).hasSize(2);
        assertThat(RunScenario.page(mvc, town.coordinator(), "/matching/runs").select(".run-row"))
                .extracting(row -> row.attr("data-run-id") + " " + row.attr("data-status"))
                .containsExactly(second + " DRAFT", first + " SUPERSEDED");
    }

    @Test
    void aManualMoveIsStoredAsALockWithAWarningForEachRuleItBreaks() throws Exception {
        UUID id = scenario.start(mvc, town.coordinator(), "FORBIDDEN");
        RunView draft = runs.view(id, town.coordinator().registryScope());
        assertThat(draft.pairs()).noneMatch(StoredPair::sameOrganisation);

        MvcResult moved = mvc.perform(post("/matching/runs/" + id + "/move").with(csrf()).with(user(town.coordinator()))
                        .param("practitionerId", town.town().anna().getId().toString()).param("masterId", town.town().boris().getId().toString()))
                .andExpect(status().is3xxRedirection()).andReturn();

        @SuppressWarnings("unchecked")
        List<MoveWarning> warnings = (List<MoveWarning>) moved.getFlashMap().get("moveWarnings");
        assertThat(warnings).containsExactly(MoveWarning.SAME_ORGANISATION_FORBIDDEN);
        Document page = Jsoup.parse(mvc.perform(get("/matching/runs/" + id).cookie(moved.getResponse().getCookies()).with(user(town.coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".move-warning")).extracting(Element::text).containsExactly("пары внутри одной организации запрещены правилами");
        assertThat(page.select(".decision[data-kind=LOCKED]").attr("data-practitioner-id")).isEqualTo(town.town().anna().getId().toString());
    }

    @Test
    void movingAnUnmatchedPractitionerToAFullMasterWarnsOfTheCapacityAndTheNextRunKeepsTheMove() throws Exception {
        UUID id = scenario.start(mvc, town.coordinator(), "PENALISED");
        Document draft = RunScenario.page(mvc, town.coordinator(), "/matching/runs/" + id);
        String options = draft.select(".unmatched-row[data-practitioner-id=" + town.town().boris().getId() + "] details").attr("hx-get");
        Document form = RunScenario.page(mvc, town.coordinator(), options);
        assertThat(form.select("option")).singleElement().satisfies(option -> {
            assertThat(option.attr("value")).isEqualTo(town.town().anna().getId().toString());
            assertThat(option.text()).startsWith("Арбузова").endsWith("свободных мест: 0");
        });

        MvcResult moved = mvc.perform(post("/matching/runs/" + id + "/move").with(csrf()).with(user(town.coordinator()))
                        .param("practitionerId", town.town().boris().getId().toString()).param("masterId", town.town().anna().getId().toString()))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(moved.getFlashMap().get("moveWarnings")).isEqualTo(List.of(MoveWarning.CAPACITY_EXCEEDED));
        UUID next = UUID.fromString(mvc.perform(post("/matching/runs/" + id + "/rerun").with(csrf()).with(user(town.coordinator())))
                .andReturn().getResponse().getRedirectedUrl().substring("/matching/runs/".length()));
        RunView view = runs.view(next, town.coordinator().registryScope());
        assertThat(view.pairs()).anySatisfy(pair -> {
            assertThat(pair.practitionerId()).isEqualTo(town.town().boris().getId());
            assertThat(pair.masterId()).isEqualTo(town.town().anna().getId());
            assertThat(pair.locked()).isTrue();
        });
    }

    @Test
    void aLockTheSolverCannotKeepIsListedWithItsReasonOnTheNextDraft() throws Exception {
        UUID first = scenario.start(mvc, town.coordinator(), "PENALISED");
        decide(first, "lock", town.town().anna().getId(), town.town().anna().getId());

        UUID second = UUID.fromString(mvc.perform(post("/matching/runs/" + first + "/rerun").with(csrf()).with(user(town.coordinator())))
                .andReturn().getResponse().getRedirectedUrl().substring("/matching/runs/".length()));

        Document page = RunScenario.page(mvc, town.coordinator(), "/matching/runs/" + second);
        assertThat(page.select("#run-rejected-locks li").text())
                .isEqualTo("Закрепление для " + town.town().anna().getFullName().full()
                        + " не выполнено: Мастер не силён ни в одной теме практиканта");
        MatchingProblem problem = runs.problemOf(second, town.coordinator().registryScope());
        assertThat(CertificateCheck.violations(problem, runs.storedResult(second, town.coordinator().registryScope()))).isEmpty();
    }

    @Test
    void thePairsAndGroupProposalsAreExportedToAWorkbook() throws Exception {
        UUID id = scenario.start(mvc, town.coordinator(), "PENALISED");

        byte[] file = mvc.perform(get("/matching/runs/" + id + "/export").with(user(town.coordinator()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet pairs = workbook.getSheet("Пары");
            assertThat(pairs.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Практикант");
            assertThat(pairs.getLastRowNum()).isEqualTo(2);
            List<String> practitioners = List.of(pairs.getRow(1).getCell(0).getStringCellValue(), pairs.getRow(2).getCell(0).getStringCellValue());
            assertThat(practitioners).anyMatch(name -> name.startsWith("Клюквина"));
            assertThat(pairs.getRow(1).getCell(6).getStringCellValue()).startsWith("Мастер силён в теме «");
            Sheet groups = workbook.getSheet("Групповые форматы");
            assertThat(groups.getRow(1).getCell(0).getStringCellValue()).isNotBlank();
            assertThat(groups.getRow(1).getCell(2).getStringCellValue()).contains("Клюквина");
        }
    }

    @Test
    void anEnglishReaderSeesTheSameExplanationInEnglishOnTheDraftInTheExportAndOnTheirOwnPage() throws Exception {
        UUID id = scenario.start(mvc, town.coordinator(), "PENALISED");
        String english = "The master is strong in «Сетевое сообщество педагогов» (100 %), the practitioner has a high deficit (0 %); "
                + "different organisations of one municipality; the master’s qualification category counts; "
                + "coverage priority for this type of organisation";

        Document page = Jsoup.parse(mvc.perform(get("/matching/runs/" + id).param("lang", "en").with(user(town.coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(row(page, town.town().klara().getId()).select(".pair-explanation").text()).isEqualTo(english);

        byte[] file = mvc.perform(get("/matching/runs/" + id + "/export").param("lang", "en").with(user(town.coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet pairs = workbook.getSheetAt(0);
            List<String> explanations = List.of(pairs.getRow(1).getCell(6).getStringCellValue(), pairs.getRow(2).getCell(6).getStringCellValue());
            assertThat(explanations).contains(english).allMatch(text -> text.startsWith("The master is strong in «"));
        }

        mvc.perform(post("/matching/runs/" + id + "/publish").with(csrf()).with(user(town.coordinator()))).andExpect(status().is3xxRedirection());
        Document own = Jsoup.parse(mvc.perform(get("/my/request").param("lang", "en").with(user(town.klara())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(own.select("#my-proposal .own-pair-explanation").text()).isEqualTo(english);
        assertThat(RunScenario.page(mvc, town.klara(), "/my/request").select("#my-proposal .own-pair-explanation").text())
                .startsWith("Мастер силён в теме «Сетевое сообщество педагогов» (100 %)");
    }

    private void decide(UUID run, String action, UUID practitioner, UUID master) throws Exception {
        mvc.perform(post("/matching/runs/" + run + "/" + action).with(csrf()).with(user(town.coordinator()))
                        .param("practitionerId", practitioner.toString()).param("masterId", master.toString()))
                .andExpect(status().is3xxRedirection());
    }

    private static Element row(Document page, UUID practitioner) {
        return page.selectFirst(".pair-row[data-practitioner-id=" + practitioner + "]");
    }
}
