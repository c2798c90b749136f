package ru.masterskaya.matching.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.matching.MatchingFixtures;
import ru.masterskaya.matching.offer.MasterOffers;
import ru.masterskaya.matching.run.web.RunScenario;
import ru.masterskaya.matching.solver.CertificateCheck;
import ru.masterskaya.matching.solver.Master;
import ru.masterskaya.matching.solver.MatchingProblem;
import ru.masterskaya.registry.RegistryScope;

/** A run keeps the inputs it was solved on, so its certificate still checks after offers change. */
@MasterskayaIntegrationTest
@Import({DiagnosticsFixtures.class, MatchingFixtures.class, RunScenario.class})
class RunInputsSnapshotIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RunScenario scenario;

    @Autowired
    RunViews runs;

    @Autowired
    MasterOffers offers;

    @Test
    void aWithdrawnOfferDoesNotChangeTheProblemAnEarlierRunWasSolvedOnNorBreakItsCertificate() throws Exception {
        RunScenario.Town town = scenario.ready(mvc);
        UUID run = scenario.start(mvc, town.coordinator(), "PENALISED");
        RegistryScope scope = town.coordinator().registryScope();
        MatchingProblem before = runs.problemOf(run, scope);

        offers.list(town.town().campaign().academicYear(), scope).forEach(offer -> DiagnosticsFixtures.asAdministrator(() -> {
            offers.withdraw(offer.offer().getId(), RegistryScope.EVERYTHING);
            return null;
        }));
        MatchingProblem after = runs.problemOf(run, scope);

        assertThat(after.masters()).extracting(Master::id).containsExactlyElementsOf(before.masters().stream().map(Master::id).toList())
                .isNotEmpty();
        assertThat(after.practitioners()).isEqualTo(before.practitioners());
        assertThat(CertificateCheck.violations(after, runs.storedResult(run, scope))).isEmpty();
    }
}
