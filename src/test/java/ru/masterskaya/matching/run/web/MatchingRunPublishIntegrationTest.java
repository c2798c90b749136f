package ru.masterskaya.matching.run.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.nodes.Document;
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
import ru.masterskaya.matching.run.RunStatus;
import ru.masterskaya.matching.run.RunViews;

/** Publishing a draft: the pairs are announced, both sides are e-mailed and see each other on their own pages. */
@MasterskayaIntegrationTest
@RecordApplicationEvents
@Import({DiagnosticsFixtures.class, MatchingFixtures.class, RunScenario.class})
class MatchingRunPublishIntegrationTest {

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
    void publishingTheChosenPairsEmailsBothSidesAnnouncesThePairsAndShowsThemOnTheirPages() throws Exception {
        RunScenario.Town town = scenario.ready(mvc);
        UUID run = scenario.start(mvc, town.coordinator(), "PENALISED");

        mvc.perform(post("/matching/runs/" + run + "/publish").with(csrf()).with(user(town.coordinator())).param("scope", "chosen")
                .param("practitionerIds", town.town().klara().getId().toString())).andExpect(status().is3xxRedirection());

        assertThat(runs.view(run, town.coordinator().registryScope()).run().status()).isEqualTo(RunStatus.PUBLISHED);
        Document published = RunScenario.page(mvc, town.coordinator(), "/matching/runs/" + run);
        assertThat(published.select("#run-status").text()).isEqualTo("Опубликован");
        assertThat(published.select("#run-published").text()).startsWith("Опубликовал " + town.coordinator().getUsername());
        assertThat(published.select("#run-publish, #run-rerun, .pair-lock")).isEmpty();
        assertThat(published.select(".pair-row[data-published=true]")).extracting(row -> row.attr("data-practitioner-id"))
                .containsExactly(town.town().klara().getId().toString());
        assertThat(events.stream(PairsPublished.class)).singleElement().satisfies(event -> {
            assertThat(event.runId()).isEqualTo(run);
            assertThat(event.academicYear()).isEqualTo(town.town().campaign().academicYear());
            assertThat(event.pairs()).containsExactly(new PairsPublished.Pair(town.town().klara().getId(), town.town().anna().getId(),
                    DiagnosticsFixtures.NETWORK_COMMUNITY));
        });
        Mailbox.ReceivedMail toKlara = mailbox.awaitMailTo(town.town().klara().getEmail());
        assertThat(toKlara.subject()).startsWith("Мастерская: ваш мастер на");
        assertThat(toKlara.text()).contains("Здравствуйте, Клара", "Арбузова", "«Сетевое сообщество педагогов»",
                "Мастер силён в теме «Сетевое сообщество педагогов» (100 %)", "http://localhost:8080/my/request");
        Mailbox.ReceivedMail toAnna = mailbox.awaitMailTo(town.town().anna().getEmail());
        assertThat(toAnna.subject()).startsWith("Мастерская: ваш практикант на");
        assertThat(toAnna.text()).contains("Здравствуйте, Анна", "Клюквина", "http://localhost:8080/my/offer");

        Document klaraPage = RunScenario.page(mvc, town.klara(), "/my/request");
        assertThat(klaraPage.select("#my-proposal .own-pair").attr("data-master-id")).isEqualTo(town.town().anna().getId().toString());
        assertThat(klaraPage.select("#my-proposal .own-pair-explanation").text()).startsWith("Мастер силён в теме «Сетевое сообщество педагогов»");
        Document annaOffer = RunScenario.page(mvc, town.anna(), "/my/offer");
        assertThat(annaOffer.select("#my-practitioners .own-pair").attr("data-practitioner-id")).isEqualTo(town.town().klara().getId().toString());
        assertThat(RunScenario.page(mvc, town.anna(), "/my/request").select("#my-proposal")).isEmpty();
        assertThat(RunScenario.page(mvc, town.vera(), "/my/request").select("#my-proposal")).isEmpty();

        mvc.perform(post("/matching/runs/" + run + "/publish").with(csrf()).with(user(town.coordinator())))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(PairsPublished.class)).hasSize(1);
    }
}
