package ru.masterskaya;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.documents.CompletedPracticeFixture;
import ru.masterskaya.practice.PracticePair;
import ru.masterskaya.practice.attention.AttentionFixtures;
import ru.masterskaya.practice.attention.AttentionJob;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.ScopedRole;

/**
 * The start page shows what waits for the person: a side their pairs with the next step, the steps
 * that wait for them first; a coordinator the stalled pairs and the drafts to issue of their own
 * territory only; a teacher with nothing to do sees no empty panels.
 */
@MasterskayaIntegrationTest
@Import({AttentionFixtures.class, CompletedPracticeFixture.class, DiagnosticsFixtures.class})
class HomePageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    AttentionFixtures pairs;

    @Autowired
    CompletedPracticeFixture practices;

    @Autowired
    DiagnosticsFixtures diagnostics;

    @Autowired
    AttentionJob job;

    @Autowired
    Clock clock;

    Municipality municipality;
    Organisation school;
    Person master;
    Person silentPractitioner;
    Person newPractitioner;
    PracticePair stalled;
    PracticePair proposed;

    @BeforeEach
    void aTownWithAStalledPairAProposedOneAndACompletedPractice() {
        municipality = registry.municipality();
        school = registry.school(municipality);
        master = registry.teacher(school, "Домова", "Дина");
        silentPractitioner = registry.teacher(school, "Тихонов", "Тимур");
        newPractitioner = registry.teacher(registry.kindergarten(municipality), "Новосёлова", "Нина");
        stalled = pairs.activePair(silentPractitioner, master);
        proposed = pairs.proposedPair(newPractitioner, master);
        practices.complete(registry.teacher(school, "Завершенцева", "Зоя"), registry.teacher(school, "Итогов", "Игорь"), "Медиаграмотность", false);
        job.run(clock.instant().plus(Duration.ofDays(25)));
    }

    @Test
    void aPractitionerSeesTheirPairWithTheStepThatWaitsForThemAsking() throws Exception {
        Document home = home(registry.user(newPractitioner, "secret-password", ScopedRole.unscoped(Role.PRACTITIONER)));

        var line = home.select("#home-pairs .home-line a[href='/pairs/" + proposed.getId() + "']");
        assertThat(line.text()).isEqualTo("Мастер Домова Дина Петрович — «Сетевое сообщество педагогов»");
        assertThat(line.parents().select(".home-line").first().attr("data-attention")).isEqualTo("true");
        assertThat(home.select("#home-pairs").text()).contains("Заполните план практики").doesNotContain("Тихонов");
        assertThat(home.select("#home-panels .home-panel").first().id()).as("what asks for action comes first").isEqualTo("home-pairs");
        assertThat(home.select("#home-board, #home-documents, a[href='/people']")).isEmpty();
    }

    @Test
    void aCoordinatorSeesTheStalledPairsAndTheDraftsToIssueOfTheirTerritory() throws Exception {
        Document home = home(registry.coordinatorOf(municipality, school));

        assertThat(home.select("#home-board a[href='/practice/board?health=STALLED']").text()).isEqualTo("Застопорились: 1 — нужна ваша помощь");
        assertThat(home.select("#home-board").text()).contains("Пар: 2; согласовали план 1, начали работу 1, завершили 0");
        assertThat(home.select("#home-documents a[href='/documents?status=DRAFT']").text()).isEqualTo("Ждут выдачи: 2");
        assertThat(home.select("#home-documents .home-line[data-attention=true]")).hasSize(1);
        assertThat(home.select("#home-registry a[href='/people']")).hasSize(1);

        Municipality otherTown = registry.municipality();
        Document elsewhere = home(registry.coordinatorOf(otherTown, registry.school(otherTown)));
        assertThat(elsewhere.select("#home-board").text()).contains("В этом году пар пока нет").doesNotContain("Застопорились");
        assertThat(elsewhere.select("#home-documents .home-line[data-attention=true]")).isEmpty();
    }

    @Test
    void theViewersOfATownSeeItsOpenCampaignWithItsProgressAndNothingToAct() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(silentPractitioner, newPractitioner));
        CurrentUser viewer = registry.user(registry.teacher(school, "Руководова", "Рената"), "secret-password",
                ScopedRole.inMunicipality(Role.VIEWER, municipality.getId()));

        Document home = home(viewer);

        assertThat(home.select("#home-diagnostics a[href='/campaigns/" + campaign.getId() + "']").text()).isEqualTo("«" + campaign.getTitle() + "»");
        assertThat(home.select("#home-diagnostics").text()).contains("Завершили 0 из 2 приглашённых");
        assertThat(home.select("#home-board, #home-documents, #home-matching, .home-line[data-attention=true]")).isEmpty();
    }

    @Test
    void aTeacherWithNothingWaitingSeesOnlyTheirProfile() throws Exception {
        Document home = home(registry.teacherAccount(school));

        assertThat(home.select("#home-panels .home-panel")).extracting(panel -> panel.id()).containsExactly("home-registry");
        assertThat(home.select("#home-registry a")).extracting(link -> link.attr("href")).containsExactly("/profile");
    }

    private Document home(CurrentUser user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/").with(user(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
