package ru.masterskaya.matching.run.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.matching.MatchingFixtures;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.RegistryFixtures;

/**
 * Who may do what with a run: the territory's coordinator everything, another territory's coordinator
 * nothing (404), an institution coordinator reads only their staff's pairs (changes 403), a teacher
 * never opens runs (403).
 */
@MasterskayaIntegrationTest
@Import({DiagnosticsFixtures.class, MatchingFixtures.class, RunScenario.class})
class MatchingRunAccessIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RunScenario scenario;

    @Autowired
    RegistryFixtures registry;

    RunScenario.Town town;
    UUID run;

    @BeforeEach
    void aDraftOfTheTown() throws Exception {
        town = scenario.ready(mvc);
        run = scenario.start(mvc, town.coordinator(), "PENALISED");
    }

    @Test
    void aCoordinatorOfAnotherTerritoryNeitherSeesNorChangesTheRun() throws Exception {
        Municipality elsewhere = registry.municipality();
        CurrentUser stranger = registry.coordinatorOf(elsewhere, registry.school(elsewhere));

        mvc.perform(get("/matching/runs/" + run).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/matching/runs/" + run + "/export").with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/matching/runs/" + run + "/rerun").with(csrf()).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/matching/runs/" + run + "/publish").with(csrf()).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(lock(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/matching/runs/" + run + "/move-options").param("practitionerId", town.town().klara().getId().toString())
                .with(user(stranger))).andExpect(status().isNotFound());
        assertThat(RunScenario.page(mvc, stranger, "/matching/runs").select(".run-row")).isEmpty();
    }

    @Test
    void anInstitutionCoordinatorSeesOnlyTheirStaffsPairsAndNoActions() throws Exception {
        CurrentUser deputy = registry.deputyOf(town.town().kindergarten());

        Document page = RunScenario.page(mvc, deputy, "/matching/runs/" + run);

        assertThat(page.select(".pair-row")).extracting(row -> row.attr("data-practitioner-id"))
                .containsExactly(town.town().klara().getId().toString());
        assertThat(page.select(".unmatched-row")).isEmpty();
        assertThat(page.select("#run-rerun, #run-publish, #run-export, .pair-lock, .pair-forbid, .pair-move, #run-groups")).isEmpty();
        assertThat(RunScenario.page(mvc, deputy, "/matching/runs").select(".run-row")).extracting(Element::text).hasSize(1);
        mvc.perform(lock(deputy)).andExpect(status().isForbidden());
        mvc.perform(post("/matching/runs/" + run + "/publish").with(csrf()).with(user(deputy))).andExpect(status().isForbidden());
        mvc.perform(post("/matching/runs/" + run + "/rerun").with(csrf()).with(user(deputy))).andExpect(status().isForbidden());
        mvc.perform(get("/matching/runs/new").with(user(deputy))).andExpect(status().isForbidden());
        mvc.perform(get("/matching/runs/" + run + "/move-options").param("practitionerId", town.town().klara().getId().toString())
                .with(user(deputy))).andExpect(status().isForbidden());
        mvc.perform(RunScenario.rules(post("/matching/runs").with(csrf()).with(user(deputy)), "PENALISED")).andExpect(status().isForbidden());
    }

    @Test
    void anInstitutionCoordinatorOfAnUninvolvedOrganisationDoesNotFindTheRun() throws Exception {
        CurrentUser deputy = registry.deputyOf(registry.school(town.town().municipality()));

        mvc.perform(get("/matching/runs/" + run).with(user(deputy))).andExpect(status().isNotFound());
    }

    @Test
    void aTeacherNeverOpensRuns() throws Exception {
        mvc.perform(get("/matching/runs").with(user(town.klara()))).andExpect(status().isForbidden());
        mvc.perform(get("/matching/runs/" + run).with(user(town.klara()))).andExpect(status().isForbidden());
        mvc.perform(post("/matching/runs/" + run + "/publish").with(csrf()).with(user(town.klara()))).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorManagesAnyRun() throws Exception {
        CurrentUser administrator = registry.administrator(town.town().school());

        Document page = RunScenario.page(mvc, administrator, "/matching/runs/" + run);

        assertThat(page.select(".pair-row")).hasSize(2);
        assertThat(page.select("#run-rerun")).hasSize(1);
        mvc.perform(lock(administrator)).andExpect(status().is3xxRedirection());
    }

    @Test
    void decisionsNameOnlyPeopleOfTheCohort() throws Exception {
        Municipality elsewhere = registry.municipality();
        UUID outsider = registry.teacher(registry.school(elsewhere), "Чужова", "Чара").getId();

        mvc.perform(post("/matching/runs/" + run + "/forbid").with(csrf()).with(user(town.coordinator()))
                .param("practitionerId", outsider.toString()).param("masterId", town.town().anna().getId().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/matching/runs/" + run + "/move").with(csrf()).with(user(town.coordinator()))
                .param("practitionerId", town.town().klara().getId().toString()).param("masterId", outsider.toString()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRulesFormOffersTheDefaultsAndExplainsWhatIsWrong() throws Exception {
        Document form = RunScenario.page(mvc, town.coordinator(), "/matching/runs/new");
        assertThat(form.select("#minimumSuitability").val()).isEqualTo("50");
        assertThat(form.select("#loadCap").val()).isEqualTo("5");

        String html = mvc.perform(RunScenario.rules(post("/matching/runs").with(csrf()).with(user(town.coordinator())), "PENALISED", "0")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(html).select("#loadCap-errors").text())
                .isEqualTo("Предельная нагрузка мастера — от 1 до 50 практикантов");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder lock(CurrentUser who) {
        return post("/matching/runs/" + run + "/lock").with(csrf()).with(user(who))
                .param("practitionerId", town.town().klara().getId().toString()).param("masterId", town.town().boris().getId().toString());
    }
}
