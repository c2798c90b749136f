package ru.masterskaya.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.scoring.DeficitLevel;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.RegistryScope;

/** The read API a matching run starts from: confirmed offers and open requests in the scope, nothing else. */
@MasterskayaIntegrationTest
@Import({DiagnosticsFixtures.class, MatchingFixtures.class})
class MatchingInputsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    MatchingFixtures fixtures;

    @Autowired
    MatchingInputs inputs;

    MatchingFixtures.Town town;
    CurrentUser coordinator;

    @BeforeEach
    void aTownWithOneConfirmedAndOneProposedOfferAndRequests() throws Exception {
        town = fixtures.town();
        coordinator = registry.coordinatorOf(town.municipality(), town.school());
        propose(town.boris(), DiagnosticsFixtures.HACKATHON);
        propose(town.anna(), DiagnosticsFixtures.NETWORK_COMMUNITY);
        CurrentUser boris = registry.user(town.boris(), "secret-password");
        String action = Jsoup.parse(mvc.perform(get("/my/offer").with(user(boris))).andReturn().getResponse().getContentAsString())
                .select("#my-offer-form").attr("action");
        mvc.perform(post(action).with(csrf()).with(user(boris)).param("consent", "true").param("capacity", "1").param("format", "REMOTE"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/matching/requests/generate").with(csrf()).with(user(coordinator))).andExpect(status().is3xxRedirection());
    }

    @Test
    void onlyConfirmedOffersAreInputsWithWhatTheSolverNeeds() {
        assertThat(inputs.confirmedOffers(town.campaign().academicYear(), coordinator.registryScope()))
                .singleElement()
                .satisfies(offer -> {
                    assertThat(offer.masterId()).isEqualTo(town.boris().getId());
                    assertThat(offer.organisationId()).isEqualTo(town.school().getId());
                    assertThat(offer.municipalityId()).isEqualTo(town.municipality().getId());
                    assertThat(offer.organisationTypeCode()).isEqualTo(town.school().getType().getCode());
                    assertThat(offer.capacity()).isEqualTo(1);
                    assertThat(offer.yearlyCap()).isEqualTo(4);
                    assertThat(offer.format()).isEqualTo(MeetingFormat.REMOTE);
                    assertThat(offer.topics()).containsExactly(new OfferInput.Strength(DiagnosticsFixtures.HACKATHON, 83));
                    assertThat(offer.servedMunicipalityIds()).containsExactly(town.municipality().getId());
                });
    }

    @Test
    void openRequestsCarryTheNeedsAndPreferences() {
        assertThat(inputs.openRequests(town.campaign().academicYear(), coordinator.registryScope()))
                .extracting(RequestInput::practitionerId)
                .containsExactlyInAnyOrder(town.anna().getId(), town.boris().getId(), town.klara().getId());
        RequestInput anna = inputs.openRequests(town.campaign().academicYear(), coordinator.registryScope()).stream()
                .filter(request -> request.practitionerId().equals(town.anna().getId())).findFirst().orElseThrow();
        assertThat(anna.topics()).containsExactly(new RequestInput.Need(DiagnosticsFixtures.HACKATHON, 0, DeficitLevel.HIGH));
        assertThat(anna.priorityTopicId()).isNull();
        assertThat(anna.ownOrganisationAcceptable()).isTrue();
        assertThat(anna.organisationTypeCode()).isEqualTo(town.school().getType().getCode());
    }

    @Test
    void inputsStayWithinTheScope() {
        Municipality elsewhere = registry.municipality();
        RegistryScope stranger = registry.coordinatorOf(elsewhere, registry.school(elsewhere)).registryScope();
        RegistryScope kindergarten = registry.deputyOf(town.kindergarten()).registryScope();

        assertThat(inputs.confirmedOffers(town.campaign().academicYear(), stranger)).isEmpty();
        assertThat(inputs.openRequests(town.campaign().academicYear(), stranger)).isEmpty();
        assertThat(inputs.confirmedOffers(town.campaign().academicYear(), kindergarten)).isEmpty();
        assertThat(inputs.openRequests(town.campaign().academicYear(), kindergarten)).extracting(RequestInput::practitionerId)
                .containsExactly(town.klara().getId());
        assertThat(inputs.openRequests(town.campaign().academicYear().next(), coordinator.registryScope())).isEmpty();
    }

    private void propose(Person master, UUID topic) throws Exception {
        mvc.perform(post("/matching/offers").with(csrf()).with(user(coordinator)).param("personId", master.getId().toString())
                .param("topicIds", topic.toString()).param("capacity", "2").param("yearlyCap", "4").param("format", "MIXED"))
                .andExpect(status().is3xxRedirection());
    }
}
