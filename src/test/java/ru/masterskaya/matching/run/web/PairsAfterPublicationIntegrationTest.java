package ru.masterskaya.matching.run.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.calendar.AcademicYears;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.matching.MatchingFixtures;
import ru.masterskaya.matching.run.MoveWarning;
import ru.masterskaya.matching.run.RunViews;
import ru.masterskaya.matching.solver.CertificateCheck;
import ru.masterskaya.practice.PairStatus;
import ru.masterskaya.practice.PracticePair;
import ru.masterskaya.practice.PracticePairs;

/**
 * The next run follows what became of the year's pairs in practice: a declined pair frees its
 * practitioner and its master's place, and the two are not proposed to each other again; a pair a
 * coordinator made by hand holds its practitioner and a place of its master, as a published one does.
 */
@MasterskayaIntegrationTest
@Import({DiagnosticsFixtures.class, MatchingFixtures.class, RunScenario.class})
class PairsAfterPublicationIntegrationTest {

    private static final String NO_TIME = "5e0d0000-0000-4000-8000-000000000001";

    @Autowired
    MockMvc mvc;

    @Autowired
    RunScenario scenario;

    @Autowired
    RunViews runs;

    @Autowired
    PracticePairs practice;

    @Autowired
    AcademicYears years;

    @Test
    void aDeclinedPairFreesItsPractitionerAndTheMastersPlaceAndIsNotProposedAgain() throws Exception {
        RunScenario.Town town = scenario.ready(mvc, 1);
        UUID anna = town.town().anna().getId();
        UUID boris = town.town().boris().getId();
        UUID klara = town.town().klara().getId();
        PracticePair klarasPair = publishKlarasPair(town);
        assertThat(klarasPair.master().personId()).isEqualTo(anna);
        assertThat(RunScenario.page(mvc, town.klara(), "/my/request").select("#my-proposal .own-pair"))
                .extracting(pair -> pair.attr("data-master-id")).containsExactly(anna.toString());

        declineAsKlara(town, klarasPair);
        assertThat(practice.withSide(klara, years.current()).getFirst().status()).isEqualTo(PairStatus.DECLINED);
        assertThat(RunScenario.page(mvc, town.klara(), "/my/request").select("#my-proposal .own-pair")).as("the declined proposal is gone").isEmpty();

        UUID second = scenario.start(mvc, town.coordinator(), "PENALISED");
        Document draft = RunScenario.page(mvc, town.coordinator(), "/matching/runs/" + second);

        assertThat(draft.select("#run-working")).as("no pair of the year works any more").isEmpty();
        assertThat(draft.select(".pair-row")).extracting(row -> row.attr("data-practitioner-id") + "→" + row.attr("data-master-id"))
                .contains(boris + "→" + anna)
                .doesNotContain(klara + "→" + anna);
        assertThat(draft.select("[data-practitioner-id=" + klara + "]")).as("Клара is in the run again").isNotEmpty();
        assertThat(CertificateCheck.violations(runs.problemOf(second, town.coordinator().registryScope()),
                runs.storedResult(second, town.coordinator().registryScope()))).isEmpty();
    }

    @Test
    void aCoordinatorMayBringTheTwoOfADeclinedPairTogetherAgainByHandAndIsWarned() throws Exception {
        RunScenario.Town town = scenario.ready(mvc, 1);
        UUID anna = town.town().anna().getId();
        UUID klara = town.town().klara().getId();
        declineAsKlara(town, publishKlarasPair(town));
        UUID second = scenario.start(mvc, town.coordinator(), "PENALISED");

        var moved = mvc.perform(post("/matching/runs/" + second + "/move").with(csrf()).with(user(town.coordinator()))
                .param("practitionerId", klara.toString()).param("masterId", anna.toString())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(moved.getFlashMap().get("moveWarnings")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains(MoveWarning.GIVEN_UP_THIS_YEAR).doesNotContain(MoveWarning.FORBIDDEN_BY_COORDINATOR);
        UUID third = scenario.start(mvc, town.coordinator(), "PENALISED");
        Document draft = RunScenario.page(mvc, town.coordinator(), "/matching/runs/" + third);

        assertThat(draft.select(".pair-row[data-practitioner-id=" + klara + "]").attr("data-master-id")).isEqualTo(anna.toString());
        assertThat(CertificateCheck.violations(runs.problemOf(third, town.coordinator().registryScope()),
                runs.storedResult(third, town.coordinator().registryScope()))).isEmpty();
    }

    @Test
    void aPairMadeByHandHoldsItsPractitionerAndSpendsThePlaceOfItsMaster() throws Exception {
        RunScenario.Town town = scenario.ready(mvc, 1);
        UUID anna = town.town().anna().getId();
        UUID boris = town.town().boris().getId();
        UUID klara = town.town().klara().getId();
        mvc.perform(post("/practice/pairs/new").with(csrf()).with(user(town.coordinator())).param("practitionerId", klara.toString())
                .param("masterId", anna.toString()).param("topicId", DiagnosticsFixtures.NETWORK_COMMUNITY.toString()))
                .andExpect(status().is3xxRedirection());

        UUID run = scenario.start(mvc, town.coordinator(), "PENALISED");
        Document draft = RunScenario.page(mvc, town.coordinator(), "/matching/runs/" + run);

        assertThat(draft.select("#run-working").attr("data-working")).isEqualTo("1");
        assertThat(draft.select("[data-practitioner-id=" + klara + "]")).isEmpty();
        assertThat(draft.select(".pair-row[data-master-id=" + anna + "]")).as("Анна's yearly cap of one is spent").isEmpty();
        assertThat(draft.select(".unmatched-row[data-practitioner-id=" + boris + "]").attr("data-reason")).isEqualTo("CAPACITY_EXHAUSTED");
    }

    /** The first run of the town, with only Клара's pair published; her practice pair is returned. */
    private PracticePair publishKlarasPair(RunScenario.Town town) throws Exception {
        UUID klara = town.town().klara().getId();
        UUID first = scenario.start(mvc, town.coordinator(), "PENALISED");
        mvc.perform(post("/matching/runs/" + first + "/publish").with(csrf()).with(user(town.coordinator())).param("scope", "chosen")
                .param("practitionerIds", klara.toString())).andExpect(status().is3xxRedirection());
        return practice.withSide(klara, years.current()).getFirst();
    }

    private void declineAsKlara(RunScenario.Town town, PracticePair pair) throws Exception {
        mvc.perform(post("/pairs/" + pair.getId() + "/decline").with(csrf()).with(user(town.klara()))
                .param("reasonId", NO_TIME).param("note", "Не совпали расписания")).andExpect(status().is3xxRedirection());
    }
}
