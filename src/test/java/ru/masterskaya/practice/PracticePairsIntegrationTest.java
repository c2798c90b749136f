package ru.masterskaya.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.Mailbox;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.matching.MatchingFixtures;
import ru.masterskaya.matching.run.web.RunScenario;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.RegistryScope;

/** Published pairs become proposed practice pairs that only their sides and the scopes covering them can see. */
@MasterskayaIntegrationTest
@Import({DiagnosticsFixtures.class, MatchingFixtures.class, RunScenario.class})
class PracticePairsIntegrationTest {

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    RunScenario scenario;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    MatchingFixtures fixtures;

    @Autowired
    PracticePairs pairs;

    @Test
    void publishingARunProposesAPracticePairPerPublishedPairOnce() throws Exception {
        RunScenario.Town town = scenario.ready(mvc);
        UUID run = scenario.start(mvc, town.coordinator(), "PENALISED");

        mvc.perform(post("/matching/runs/" + run + "/publish").with(csrf()).with(user(town.coordinator())).param("scope", "chosen")
                .param("practitionerIds", town.town().klara().getId().toString())).andExpect(status().is3xxRedirection());

        var year = town.town().campaign().academicYear();
        assertThat(pairs.withSide(town.town().klara().getId(), year)).singleElement().satisfies(pair -> {
            assertThat(pair.status()).isEqualTo(PairStatus.PROPOSED);
            assertThat(pair.origin()).isEqualTo(PairOrigin.MATCHING);
            assertThat(pair.matchingRunId()).isEqualTo(run);
            assertThat(pair.master().personId()).isEqualTo(town.town().anna().getId());
            assertThat(pair.topicId()).isEqualTo(DiagnosticsFixtures.NETWORK_COMMUNITY);
            assertThat(pair.practitioner().organisationId()).isEqualTo(town.town().kindergarten().getId());
            assertThat(pair.master().municipalityId()).isEqualTo(town.town().municipality().getId());
        });
        assertThat(pairs.withSide(town.town().anna().getId(), year)).hasSize(1);
        assertThat(pairs.withSide(town.town().boris().getId(), year)).isEmpty();
    }

    @Test
    void aPairIsSeenByItsSidesTheirInstitutionCoordinatorsAndTheCoordinatorOfTheTerritoryOnly() {
        MatchingFixtures.Town town = fixtures.town();
        CurrentUser coordinator = registry.coordinatorOf(town.municipality(), town.school());
        var year = town.campaign().academicYear();
        PracticePair pair = pairs.createManually(new ManualPairParameters(year, town.klara().getId(), town.anna().getId(),
                DiagnosticsFixtures.NETWORK_COMMUNITY), coordinator.registryScope(), coordinator.getUsername());
        PairId id = pair.id();

        assertThat(pairs.get(id, town.klara().getId(), RegistryScope.NOTHING).getId()).isEqualTo(pair.getId());
        assertThat(pairs.get(id, town.anna().getId(), RegistryScope.NOTHING).getId()).isEqualTo(pair.getId());
        assertThat(pairs.get(id, UUID.randomUUID(), registry.deputyOf(town.kindergarten()).registryScope()).getId()).isEqualTo(pair.getId());
        assertThat(pairs.get(id, UUID.randomUUID(), registry.deputyOf(town.school()).registryScope()).getId()).isEqualTo(pair.getId());
        assertThat(pairs.get(id, UUID.randomUUID(), coordinator.registryScope()).getId()).isEqualTo(pair.getId());
        assertThat(pairs.coveredBy(coordinator.registryScope(), year)).extracting(PracticePair::getId).contains(pair.getId());

        Organisation elsewhere = registry.school(registry.municipality());
        assertThatThrownBy(() -> pairs.get(id, town.boris().getId(), RegistryScope.NOTHING)).isInstanceOf(PairNotFoundException.class);
        assertThatThrownBy(() -> pairs.get(id, UUID.randomUUID(), registry.deputyOf(elsewhere).registryScope()))
                .isInstanceOf(PairNotFoundException.class);
        CurrentUser otherCoordinator = registry.coordinatorOf(elsewhere.getMunicipality(), elsewhere);
        assertThatThrownBy(() -> pairs.get(id, UUID.randomUUID(), otherCoordinator.registryScope()))
                .isInstanceOf(PairNotFoundException.class);
        assertThat(pairs.coveredBy(otherCoordinator.registryScope(), year)).isEmpty();
        assertThat(pairs.coveredBy(RegistryScope.NOTHING, year)).isEmpty();
    }

    @Test
    void theSamePairCannotBeFormedTwiceInAYear() {
        MatchingFixtures.Town town = fixtures.town();
        CurrentUser coordinator = registry.coordinatorOf(town.municipality(), town.school());
        ManualPairParameters parameters = new ManualPairParameters(town.campaign().academicYear(), town.klara().getId(),
                town.anna().getId(), DiagnosticsFixtures.NETWORK_COMMUNITY);
        pairs.createManually(parameters, coordinator.registryScope(), coordinator.getUsername());

        assertThatThrownBy(() -> pairs.createManually(parameters, coordinator.registryScope(), coordinator.getUsername()))
                .isInstanceOf(PairAlreadyExists.class);
    }
}
