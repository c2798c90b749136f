package ru.masterskaya.matching.run.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignRepository;
import ru.masterskaya.matching.MeetingFormat;
import ru.masterskaya.matching.offer.CandidateRow;
import ru.masterskaya.matching.offer.MasterOffer;
import ru.masterskaya.matching.offer.MasterOffers;
import ru.masterskaya.matching.offer.OfferParameters;
import ru.masterskaya.matching.request.PractitionerRequests;
import ru.masterskaya.matching.run.RunView;
import ru.masterskaya.matching.run.RunViews;
import ru.masterskaya.matching.solver.CertificateCheck;
import ru.masterskaya.matching.solver.MatchingProblem;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.MunicipalityRepository;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.RegistryScope;

/**
 * A run over the demo municipality (every master candidate confirmed, every need a request) reaches the
 * draft page and its stored result is proven optimal. How long it takes is measured by
 * {@code DemoMatchingRunBenchmark} under {@code bench/}, not here: the suite shares its cores.
 */
@MasterskayaIntegrationTest
@TestPropertySource(properties = {"masterskaya.demo.enabled=true", "masterskaya.demo.seed=2025"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingRunOverTheDemoIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    MunicipalityRepository municipalities;

    @Autowired
    MasterOffers offers;

    @Autowired
    PractitionerRequests requests;

    @Autowired
    RunViews runs;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    Flyway flyway;

    @AfterAll
    void emptyTheSchemaForTheOtherTests() {
        flyway.clean();
        flyway.migrate();
    }

    @Test
    void aRunOverTheDemoMunicipalityWithEveryCandidateConfirmedIsStoredAndProvenOptimal() throws Exception {
        Campaign finished = campaigns.findAllByOrderByOpensOnDesc().stream()
                .filter(campaign -> campaign.getClosedAt() != null && campaign.getMunicipalityId() != null).findFirst().orElseThrow();
        AcademicYear year = finished.academicYear();
        assertThat(year).isEqualTo(AcademicYear.containing(java.time.LocalDate.now()));
        Municipality town = municipalities.findById(finished.getMunicipalityId()).orElseThrow();
        for (CandidateRow candidate : offers.candidates(year, RegistryScope.EVERYTHING)) {
            Set<UUID> topics = new java.util.HashSet<>(candidate.topics().stream().map(CandidateRow.Strength::topicId).toList());
            MasterOffer offer = offers.propose(year, new OfferParameters(candidate.personId(), topics, 2, 4, MeetingFormat.MIXED, Set.of(),
                    Set.of(), Set.of(), null, null), RegistryScope.EVERYTHING, "test");
            offers.confirm(offer.getId(), new PersonId(candidate.personId()), 2, MeetingFormat.MIXED);
        }
        requests.generate(year, RegistryScope.EVERYTHING);
        CurrentUser coordinator = registry.coordinatorOf(town, registry.school(town));

        MvcResult result = mvc.perform(RunScenario.rules(post("/matching/runs").with(csrf()).with(user(coordinator)), "PENALISED"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String draft = result.getResponse().getRedirectedUrl();
        mvc.perform(get(draft).with(user(coordinator))).andExpect(status().isOk());

        UUID id = UUID.fromString(draft.substring("/matching/runs/".length()));
        RunView view = runs.view(id, coordinator.registryScope());
        MatchingProblem problem = runs.problemOf(id, coordinator.registryScope());
        assertThat(view.run().practitioners()).isGreaterThan(100);
        assertThat(view.pairs()).isNotEmpty();
        assertThat(CertificateCheck.violations(problem, runs.storedResult(id, coordinator.registryScope()))).isEmpty();
    }
}
