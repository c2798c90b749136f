package ru.masterskaya.matching.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.Mailbox;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.matching.MatchingFixtures;
import ru.masterskaya.matching.run.web.RunScenario;
import ru.masterskaya.matching.solver.MatchingProblem;
import ru.masterskaya.matching.solver.MatchingRules;
import ru.masterskaya.matching.solver.PairKey;

/** The pairs a territory published one year reach the next year's problem, so «no repeat of last year's pair» can apply. */
@MasterskayaIntegrationTest
@Import({DiagnosticsFixtures.class, MatchingFixtures.class, RunScenario.class})
class LastYearPairsIntegrationTest {

    // publishing e-mails both sides; they are delivered here rather than left in the shared outbox
    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    RunScenario scenario;

    @Autowired
    ProblemBuilder problems;

    @Test
    void thePairsPublishedThisYearAreLastYearsPairsOfTheNextYearsProblemAndNoOthers() throws Exception {
        RunScenario.Town town = scenario.ready(mvc);
        UUID run = scenario.start(mvc, town.coordinator(), "PENALISED");
        mvc.perform(post("/matching/runs/" + run + "/publish").with(csrf()).with(user(town.coordinator())).param("scope", "chosen")
                .param("practitionerIds", town.town().klara().getId().toString())).andExpect(status().is3xxRedirection());
        AcademicYear year = town.town().campaign().academicYear();
        Territory territory = Territory.of(town.coordinator().registryScope());

        MatchingProblem nextYear = problems.build(year.next(), territory, MatchingRules.defaults(), Set.of(), Set.of());
        MatchingProblem thisYear = problems.build(year, territory, MatchingRules.defaults(), Set.of(), Set.of());

        assertThat(nextYear.lastYearPairs()).containsExactly(new PairKey(town.town().klara().getId(), town.town().anna().getId()));
        assertThat(thisYear.lastYearPairs()).isEmpty();
    }
}
