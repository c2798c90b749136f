package ru.masterskaya.matching.run.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.nodes.Document;
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
 * Matching on the start page: the coordinator is reminded of a draft until it is published; a
 * teacher proposed as a master is asked for their consent until they give it.
 */
@MasterskayaIntegrationTest
@Import({DiagnosticsFixtures.class, MatchingFixtures.class, RunScenario.class})
class MatchingHomeIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RunScenario scenario;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    MatchingFixtures fixtures;

    @Test
    void aDraftAsksTheCoordinatorToPublishItUntilItIsPublished() throws Exception {
        RunScenario.Town town = scenario.ready(mvc);
        UUID run = scenario.start(mvc, town.coordinator(), "PENALISED");

        Document draft = RunScenario.page(mvc, town.coordinator(), "/");
        var line = draft.select("#home-matching a[href='/matching/runs/" + run + "']");
        assertThat(line.text()).startsWith("Черновик подбора от ").endsWith(" ждёт публикации");
        assertThat(draft.select("#home-matching .home-line").attr("data-attention")).isEqualTo("true");
        assertThat(draft.select("#home-matching").text()).contains("Подобрано 2 из 3.");

        mvc.perform(post("/matching/runs/" + run + "/publish").with(csrf()).with(user(town.coordinator()))).andExpect(status().is3xxRedirection());

        Document published = RunScenario.page(mvc, town.coordinator(), "/");
        assertThat(published.select("#home-matching a[href='/matching/runs/" + run + "']").text()).startsWith("Подбор опубликован ").endsWith(": пар 2");
        assertThat(published.select("#home-matching .home-line").attr("data-attention")).isEqualTo("false");
        Municipality elsewhere = registry.municipality();
        CurrentUser otherCoordinator = registry.coordinatorOf(elsewhere, registry.school(elsewhere));
        assertThat(RunScenario.page(mvc, otherCoordinator, "/").select("#home-matching").text())
                .contains("В этом учебном году подбор ещё не запускали.");
    }

    @Test
    void aTeacherProposedAsAMasterIsAskedForConsentUntilTheyGiveIt() throws Exception {
        MatchingFixtures.Town town = fixtures.town();
        CurrentUser coordinator = registry.coordinatorOf(town.municipality(), town.school());
        CurrentUser anna = registry.user(town.anna(), "secret-password");
        mvc.perform(post("/matching/offers").with(csrf()).with(user(coordinator)).param("personId", town.anna().getId().toString())
                .param("topicIds", DiagnosticsFixtures.NETWORK_COMMUNITY.toString()).param("capacity", "2").param("yearlyCap", "4")
                .param("format", "MIXED")).andExpect(status().is3xxRedirection());

        Document asked = RunScenario.page(mvc, anna, "/");
        assertThat(asked.select("#home-matching a[href='/my/offer']").text()).isEqualTo("Подтвердите, что готовы быть мастером");
        assertThat(asked.select("#home-panels .home-panel").first().id()).isEqualTo("home-matching");

        String action = RunScenario.page(mvc, anna, "/my/offer").select("#my-offer-form").attr("action");
        mvc.perform(post(action).with(csrf()).with(user(anna)).param("consent", "true").param("capacity", "2").param("format", "MIXED"))
                .andExpect(status().is3xxRedirection());

        assertThat(RunScenario.page(mvc, anna, "/").select("#home-matching")).isEmpty();
    }
}
