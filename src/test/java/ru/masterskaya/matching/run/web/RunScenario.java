package ru.masterskaya.matching.run.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.matching.MatchingFixtures;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;

/**
 * The known town of {@link MatchingFixtures} ready for a run: Борис (hackathon 83 %) and Анна (network
 * community 100 %) have confirmed offers for one practitioner each; Анна, Борис and Клара have open
 * requests. With the default rules the optimum pairs Клара with Анна and Анна with Борис, and Борис the
 * practitioner is left without a master for lack of places.
 */
@TestComponent
public class RunScenario {

    private final RegistryFixtures registry;
    private final MatchingFixtures fixtures;

    RunScenario(RegistryFixtures registry, MatchingFixtures fixtures) {
        this.registry = registry;
        this.fixtures = fixtures;
    }

    /** The town, its coordinator and accounts of the people who act in the tests. */
    public record Town(MatchingFixtures.Town town, CurrentUser coordinator, CurrentUser anna, CurrentUser boris, CurrentUser klara,
            CurrentUser vera) {}

    public Town ready(MockMvc mvc) throws Exception {
        return ready(mvc, 4);
    }

    /** The town with Анна's yearly cap as given (Борис's is 4); both take one practitioner per run. */
    public Town ready(MockMvc mvc, int annaYearlyCap) throws Exception {
        MatchingFixtures.Town town = fixtures.town();
        CurrentUser coordinator = registry.coordinatorOf(town.municipality(), town.school());
        CurrentUser anna = registry.user(town.anna(), "secret-password");
        CurrentUser boris = registry.user(town.boris(), "secret-password");
        CurrentUser klara = registry.user(town.klara(), "secret-password");
        CurrentUser vera = registry.user(town.vera(), "secret-password");
        offer(mvc, coordinator, town.boris(), boris, DiagnosticsFixtures.HACKATHON, 4);
        offer(mvc, coordinator, town.anna(), anna, DiagnosticsFixtures.NETWORK_COMMUNITY, annaYearlyCap);
        mvc.perform(post("/matching/requests/generate").with(csrf()).with(user(coordinator))).andExpect(status().is3xxRedirection());
        return new Town(town, coordinator, anna, boris, klara, vera);
    }

    /** Starts a run with the default rules but group formats from two practitioners; returns the run's id. */
    public UUID start(MockMvc mvc, CurrentUser coordinator, String sameOrganisation) throws Exception {
        MvcResult result = mvc.perform(rules(post("/matching/runs").with(csrf()).with(user(coordinator)), sameOrganisation))
                .andExpect(status().is3xxRedirection()).andReturn();
        return UUID.fromString(result.getResponse().getRedirectedUrl().substring("/matching/runs/".length()));
    }

    public static MockHttpServletRequestBuilder rules(MockHttpServletRequestBuilder request, String sameOrganisation) {
        return rules(request, sameOrganisation, "5");
    }

    public static MockHttpServletRequestBuilder rules(MockHttpServletRequestBuilder request, String sameOrganisation, String loadCap) {
        return request.param("masterStrengthFrom", "81").param("minimumSuitability", "50").param("sameOrganisation", sameOrganisation)
                .param("sameOrganisationPenalty", "20").param("loadCap", loadCap).param("categoryWeight", "5")
                .param("sameMunicipalityBonus", "10").param("preschoolCoverage", "15").param("groupThreshold", "2");
    }

    public static Document page(MockMvc mvc, CurrentUser user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static void offer(MockMvc mvc, CurrentUser coordinator, Person master, CurrentUser masterAccount, UUID topic,
            int yearlyCap) throws Exception {
        mvc.perform(post("/matching/offers").with(csrf()).with(user(coordinator)).param("personId", master.getId().toString())
                .param("topicIds", topic.toString()).param("capacity", "1").param("yearlyCap", String.valueOf(yearlyCap)).param("format", "MIXED"))
                .andExpect(status().is3xxRedirection());
        String action = page(mvc, masterAccount, "/my/offer").select("#my-offer-form").attr("action");
        mvc.perform(post(action).with(csrf()).with(user(masterAccount)).param("consent", "true").param("capacity", "1").param("format", "MIXED"))
                .andExpect(status().is3xxRedirection());
    }
}
