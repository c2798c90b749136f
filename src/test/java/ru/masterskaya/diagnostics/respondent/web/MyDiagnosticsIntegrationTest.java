package ru.masterskaya.diagnostics.respondent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.SelfDiagnosis;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.ScopedRole;

/** «Моя самодиагностика»: a signed-in teacher sees their own campaigns and profiles, and nobody else's. */
@MasterskayaIntegrationTest
@Import(DiagnosticsFixtures.class)
class MyDiagnosticsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    DiagnosticsFixtures diagnostics;

    @Autowired
    SelfDiagnosis selfDiagnosis;

    @Autowired
    Instruments instruments;

    Person teacher;
    Person colleague;
    CurrentUser teachersAccount;
    Campaign finished;
    Campaign open;

    @BeforeEach
    void aTeacherInTwoCampaignsAndAColleague() {
        Municipality municipality = registry.municipality();
        Organisation school = registry.school(municipality);
        teacher = registry.teacher(school, "Смирнова", "Светлана");
        colleague = registry.teacher(school, "Кузнецов", "Константин");
        teachersAccount = registry.user(teacher, "secret-password", ScopedRole.unscoped(Role.PRACTITIONER));
        finished = diagnostics.openCampaign(municipality, List.of(teacher, colleague));
        open = diagnostics.openCampaign(municipality, List.of(teacher));
        answerEverythingAndSubmit(diagnostics.responseOf(finished, teacher).getToken(), finished);
        answerEverythingAndSubmit(diagnostics.responseOf(finished, colleague).getToken(), finished);
    }

    @Test
    void theListShowsOnlyTheTeachersOwnCampaignsWithTheirStatusAndLinks() throws Exception {
        Document list = page("/my/diagnostics", teachersAccount);

        assertThat(list.select(".my-diagnosis").eachAttr("data-response-id")).containsExactlyInAnyOrder(
                diagnostics.responseOf(finished, teacher).getId().toString(), diagnostics.responseOf(open, teacher).getId().toString());
        assertThat(list.select(".my-diagnosis .my-status").eachText()).containsExactlyInAnyOrder("Завершил", "Приглашён");
        assertThat(list.select(".my-diagnosis a").eachAttr("href")).containsExactlyInAnyOrder(
                "/d/" + diagnostics.responseOf(open, teacher).getToken(),
                "/my/diagnostics/" + diagnostics.responseOf(finished, teacher).getId());
        assertThat(list.select("#nav-my-self-diagnosis").text()).isEqualTo("Моя самодиагностика");
    }

    @Test
    void theTeacherSeesTheirOwnProfileButAColleaguesIsNotFound() throws Exception {
        Document own = page("/my/diagnostics/" + diagnostics.responseOf(finished, teacher).getId(), teachersAccount);

        assertThat(own.select("h1").text()).isEqualTo("Результаты самодиагностики");
        assertThat(own.select(".profile-topic").eachAttr("data-percent")).containsExactly("100", "100", "100");
        mvc.perform(get("/my/diagnostics/{id}", diagnostics.responseOf(finished, colleague).getId()).with(user(teachersAccount)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aNotYetSubmittedDiagnosisHasNoProfileButOffersToContinue() throws Exception {
        DiagnosisResponse pending = diagnostics.responseOf(open, teacher);

        Document page = page("/my/diagnostics/" + pending.getId(), teachersAccount);

        assertThat(page.select("#not-submitted").text()).contains("ещё не отправлена");
        assertThat(page.select("main a.btn").attr("href")).isEqualTo("/d/" + pending.getToken());
    }

    @Test
    void someoneWithoutInvitationsIsToldSoAndAnonymousVisitorsAreSentToSignIn() throws Exception {
        CurrentUser stranger = registry.teacherAccount(registry.school(registry.municipality()));

        assertThat(page("/my/diagnostics", stranger).select("#my-empty").text()).isEqualTo("Вас пока не приглашали на самодиагностику.");
        mvc.perform(get("/my/diagnostics")).andExpect(status().is3xxRedirection());
    }

    private void answerEverythingAndSubmit(String token, Campaign campaign) {
        List<InstrumentItem> items = instruments.version(campaign.getInstrumentVersionId()).getItems();
        selfDiagnosis.saveAnswer(token, items.get(0).getId(), AnswerValue.chosen(4));
        selfDiagnosis.saveAnswer(token, items.get(1).getId(), AnswerValue.chosen(2));
        selfDiagnosis.saveAnswer(token, items.get(2).getId(), AnswerValue.chosen(4));
        selfDiagnosis.saveAnswer(token, items.get(3).getId(), AnswerValue.chosen(1, 3));
        selfDiagnosis.saveAnswer(token, items.get(4).getId(), AnswerValue.chosen(4));
        selfDiagnosis.submit(token);
    }

    private Document page(String address, CurrentUser as) throws Exception {
        return Jsoup.parse(mvc.perform(get(address).with(user(as))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
