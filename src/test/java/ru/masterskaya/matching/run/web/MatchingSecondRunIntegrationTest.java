package ru.masterskaya.matching.run.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.Mailbox;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.matching.MatchingFixtures;
import ru.masterskaya.matching.PairsPublished;
import ru.masterskaya.matching.run.RunViews;
import ru.masterskaya.matching.solver.CertificateCheck;

/**
 * A second run in a year adds to the first and never undoes it: the practitioners published earlier
 * are not matched again, their masters' yearly caps are reduced by those pairs, the draft says how many
 * pairs already work, and publishing announces and e-mails only the new pairs.
 */
@MasterskayaIntegrationTest
@RecordApplicationEvents
@Import({DiagnosticsFixtures.class, MatchingFixtures.class, RunScenario.class})
class MatchingSecondRunIntegrationTest {

    private static final String TO_PRACTITIONER = "Мастерская: ваш мастер на";
    private static final String TO_MASTER = "Мастерская: ваш практикант на";

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    RunScenario scenario;

    @Autowired
    RunViews runs;

    @Autowired
    ApplicationEvents events;

    @Test
    void aSecondRunLeavesThePublishedPairAloneAndPublishesAndEmailsOnlyTheNewOne() throws Exception {
        RunScenario.Town town = scenario.ready(mvc, 1);
        UUID anna = town.town().anna().getId();
        UUID boris = town.town().boris().getId();
        UUID klara = town.town().klara().getId();
        UUID first = scenario.start(mvc, town.coordinator(), "PENALISED");
        publish(town, first, klara);
        awaitSubject(town.town().klara().getEmail(), TO_PRACTITIONER);
        awaitSubject(town.town().anna().getEmail(), TO_MASTER);

        UUID second = scenario.start(mvc, town.coordinator(), "PENALISED");
        Document draft = RunScenario.page(mvc, town.coordinator(), "/matching/runs/" + second);

        assertThat(draft.select("#run-working").attr("data-working")).isEqualTo("1");
        assertThat(draft.select("#run-working").text()).startsWith("Пар, уже работающих в этом году: 1.");
        assertThat(draft.select("[data-practitioner-id=" + klara + "]")).isEmpty();
        assertThat(draft.select(".pair-row")).extracting(row -> row.attr("data-practitioner-id") + "→" + row.attr("data-master-id"))
                .containsExactly(anna + "→" + boris);
        // Анна's yearly cap of one is spent on Клара, so Борис finds no place with her this time
        assertThat(draft.select(".unmatched-row[data-practitioner-id=" + boris + "]").attr("data-reason")).isEqualTo("CAPACITY_EXHAUSTED");
        assertThat(draft.select("#run-matched").text()).isEqualTo("Подобрано 1 из 2");
        assertThat(CertificateCheck.violations(runs.problemOf(second, town.coordinator().registryScope()),
                runs.storedResult(second, town.coordinator().registryScope()))).isEmpty();

        mvc.perform(post("/matching/runs/" + second + "/publish").with(csrf()).with(user(town.coordinator())))
                .andExpect(status().is3xxRedirection());

        List<PairsPublished> published = events.stream(PairsPublished.class).toList();
        assertThat(published).hasSize(2);
        assertThat(published.get(1).runId()).isEqualTo(second);
        assertThat(published.get(1).pairs()).containsExactly(new PairsPublished.Pair(anna, boris, DiagnosticsFixtures.HACKATHON));
        awaitSubject(town.town().boris().getEmail(), TO_MASTER);
        awaitSubject(town.town().anna().getEmail(), TO_PRACTITIONER);
        assertThat(pairSubjects(town.town().klara().getEmail())).containsExactly(TO_PRACTITIONER);
        assertThat(pairSubjects(town.town().anna().getEmail())).containsExactlyInAnyOrder(TO_MASTER, TO_PRACTITIONER);
        assertThat(pairSubjects(town.town().boris().getEmail())).containsExactly(TO_MASTER);
        assertThat(RunScenario.page(mvc, town.klara(), "/my/request").select("#my-proposal .own-pair"))
                .extracting(pair -> pair.attr("data-master-id")).containsExactly(anna.toString());

        UUID third = scenario.start(mvc, town.coordinator(), "PENALISED");
        Document last = RunScenario.page(mvc, town.coordinator(), "/matching/runs/" + third);
        assertThat(last.select("#run-working").attr("data-working")).isEqualTo("2");
        assertThat(last.select(".pair-row")).isEmpty();
        assertThat(last.select(".unmatched-row")).extracting(row -> row.attr("data-practitioner-id")).containsExactly(boris.toString());
    }

    @Test
    void aMasterWhoseYearlyCapIsNotSpentTakesAnotherPractitionerInTheNextRun() throws Exception {
        RunScenario.Town town = scenario.ready(mvc, 2);
        UUID anna = town.town().anna().getId();
        UUID boris = town.town().boris().getId();
        UUID klara = town.town().klara().getId();
        UUID first = scenario.start(mvc, town.coordinator(), "PENALISED");
        publish(town, first, klara);

        UUID second = scenario.start(mvc, town.coordinator(), "PENALISED");
        Document draft = RunScenario.page(mvc, town.coordinator(), "/matching/runs/" + second);

        assertThat(draft.select(".pair-row")).extracting(row -> row.attr("data-practitioner-id") + "→" + row.attr("data-master-id"))
                .containsExactlyInAnyOrder(anna + "→" + boris, boris + "→" + anna);
        Element borisWithAnna = draft.selectFirst(".pair-row[data-practitioner-id=" + boris + "]");
        assertThat(borisWithAnna.select(".pair-explanation").text()).startsWith("Мастер силён в теме «Сетевое сообщество педагогов»");
    }

    private void publish(RunScenario.Town town, UUID run, UUID practitioner) throws Exception {
        mvc.perform(post("/matching/runs/" + run + "/publish").with(csrf()).with(user(town.coordinator())).param("scope", "chosen")
                .param("practitionerIds", practitioner.toString())).andExpect(status().is3xxRedirection());
    }

    private static void awaitSubject(String recipient, String start) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> subjects(recipient).stream().anyMatch(subject -> subject.startsWith(start)));
    }

    /** The e-mails about pairs (not the offers' ones) the person received, by the start of their subject. */
    private static List<String> pairSubjects(String recipient) {
        return subjects(recipient).stream().filter(subject -> subject.startsWith(TO_PRACTITIONER) || subject.startsWith(TO_MASTER))
                .map(subject -> subject.startsWith(TO_MASTER) ? TO_MASTER : TO_PRACTITIONER).toList();
    }

    private static List<String> subjects(String recipient) {
        return mailbox.mailTo(recipient).stream().map(Mailbox.ReceivedMail::subject).toList();
    }
}
