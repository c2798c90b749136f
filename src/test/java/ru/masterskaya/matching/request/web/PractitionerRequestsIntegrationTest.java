package ru.masterskaya.matching.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.matching.MatchingFixtures;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.RegistryFixtures;

/** Requests over the town of {@link MatchingFixtures}. */
@MasterskayaIntegrationTest
@Import({DiagnosticsFixtures.class, MatchingFixtures.class})
class PractitionerRequestsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    MatchingFixtures fixtures;

    MatchingFixtures.Town town;
    CurrentUser coordinator;

    @BeforeEach
    void aTownAfterItsSelfDiagnosis() {
        town = fixtures.town();
        coordinator = registry.coordinatorOf(town.municipality(), town.school());
    }

    @Test
    void requestsAreBuiltFromSelfDiagnosisWithTheHighAndMediumTopics() throws Exception {
        generate(coordinator);

        Document page = page(get("/matching/requests"), coordinator);
        assertThat(page.select(".request-row").eachAttr("data-person-id")).containsExactlyInAnyOrder(
                town.anna().getId().toString(), town.boris().getId().toString(), town.klara().getId().toString());
        assertThat(topics(page, town.boris().getId().toString())).containsExactlyInAnyOrder(
                DiagnosticsFixtures.LESSON_ANALYSIS + "/43/HIGH", DiagnosticsFixtures.NETWORK_COMMUNITY + "/75/MEDIUM");
        assertThat(topics(page, town.anna().getId().toString())).containsExactly(DiagnosticsFixtures.HACKATHON + "/0/HIGH");
    }

    @Test
    void thePractitionerChoosesAPriorityOnlyAmongTheirNeedsAndRegeneratingKeepsIt() throws Exception {
        generate(coordinator);
        CurrentUser boris = registry.user(town.boris(), "secret-password");
        Document mine = page(get("/my/request"), boris);
        assertThat(mine.select(".my-request-topic").eachAttr("data-topic-id")).containsExactlyInAnyOrder(
                DiagnosticsFixtures.LESSON_ANALYSIS.toString(), DiagnosticsFixtures.NETWORK_COMMUNITY.toString());
        String action = mine.select("#my-request-form").attr("action");

        Document refused = page(post(action).with(csrf()).param("priorityTopicId", DiagnosticsFixtures.HACKATHON.toString()), boris);
        assertThat(refused.select("#my-request-error").text()).isEqualTo("Приоритетной может быть только одна из тем вашего запроса.");

        mvc.perform(post(action).with(csrf()).with(user(boris)).param("priorityTopicId", DiagnosticsFixtures.NETWORK_COMMUNITY.toString())
                .param("preferredFormat", "REMOTE")).andExpect(status().is3xxRedirection());
        generate(coordinator);

        mine = page(get("/my/request"), boris);
        assertThat(mine.select("input[name=priorityTopicId][checked]").val()).isEqualTo(DiagnosticsFixtures.NETWORK_COMMUNITY.toString());
        assertThat(mine.select("#preferredFormat option[selected]").val()).isEqualTo("REMOTE");
        assertThat(mine.select("#ownOrganisationOk[checked]")).isEmpty();
        Document list = page(get("/matching/requests"), coordinator);
        assertThat(list.select(".request-row[data-person-id=" + town.boris().getId() + "]").text())
                .contains("приоритет", "Дистанционно", "Только мастер из другой организации");
    }

    @Test
    void nobodyElseChangesAPractitionersRequest() throws Exception {
        generate(coordinator);
        String action = page(get("/my/request"), registry.user(town.boris(), "secret-password")).select("#my-request-form").attr("action");
        CurrentUser vera = registry.user(town.vera(), "secret-password");

        assertThat(page(get("/my/request"), vera).select("#my-request-none")).isNotEmpty();
        mvc.perform(post(action).with(csrf()).with(user(vera)).param("preferredFormat", "REMOTE")).andExpect(status().isNotFound());
    }

    @Test
    void theListFiltersByOrganisationTypeAndTopic() throws Exception {
        generate(coordinator);

        Document kindergartens = page(get("/matching/requests").param("typeCode", town.kindergarten().getType().getCode()), coordinator);
        assertThat(kindergartens.select(".request-row").eachAttr("data-person-id")).containsExactly(town.klara().getId().toString());
        Document network = page(get("/matching/requests").param("topicId", DiagnosticsFixtures.NETWORK_COMMUNITY.toString())
                .header("HX-Request", "true"), coordinator);
        assertThat(network.select("#request-results .request-row").eachAttr("data-person-id"))
                .containsExactlyInAnyOrder(town.boris().getId().toString(), town.klara().getId().toString());
    }

    @Test
    void anInstitutionCoordinatorReadsTheirStaffsRequestsButDoesNotBuildThem() throws Exception {
        generate(coordinator);
        CurrentUser deputy = registry.deputyOf(town.kindergarten());

        Document page = page(get("/matching/requests"), deputy);
        assertThat(page.select(".request-row").eachAttr("data-person-id")).containsExactly(town.klara().getId().toString());
        assertThat(page.select("#requests-generate")).isEmpty();
        mvc.perform(post("/matching/requests/generate").with(csrf()).with(user(deputy))).andExpect(status().isForbidden());
    }

    @Test
    void aCoordinatorOfAnotherTownBuildsAndSeesNothingHere() throws Exception {
        var elsewhere = registry.municipality();
        CurrentUser stranger = registry.coordinatorOf(elsewhere, registry.school(elsewhere));
        generate(stranger);
        assertThat(page(get("/matching/requests"), coordinator).select(".request-row")).isEmpty();

        generate(coordinator);
        assertThat(page(get("/matching/requests"), stranger).select(".request-row")).isEmpty();
    }

    private void generate(CurrentUser user) throws Exception {
        mvc.perform(post("/matching/requests/generate").with(csrf()).with(user(user))).andExpect(status().is3xxRedirection());
    }

    private static List<String> topics(Document page, String personId) {
        return page.select(".request-row[data-person-id=" + personId + "] .request-topic").stream()
                .map(topic -> topic.attr("data-topic-id") + "/" + topic.attr("data-percent") + "/" + topic.attr("data-level")).toList();
    }

    private Document page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
