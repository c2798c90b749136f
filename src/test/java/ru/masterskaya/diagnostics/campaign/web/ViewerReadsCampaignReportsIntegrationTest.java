package ru.masterskaya.diagnostics.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

/** Руководство (a viewer of the municipality) reads the progress and needs of its campaigns, and nothing personal. */
@MasterskayaIntegrationTest
@Import(DiagnosticsFixtures.class)
class ViewerReadsCampaignReportsIntegrationTest {

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

    Campaign campaign;
    Campaign elsewhere;
    CurrentUser viewer;

    @BeforeEach
    void aCampaignWithOneFinishedTeacherAndAViewerOfTheMunicipality() {
        Municipality municipality = registry.municipality();
        Organisation school = registry.school(municipality);
        Person teacher = registry.teacher(school, "Сидорова", "Светлана");
        registry.teacher(school, "Смирнов", "Степан");
        campaign = diagnostics.openCampaign(municipality, List.of(teacher));
        String token = diagnostics.responseOf(campaign, teacher).getToken();
        for (InstrumentItem item : instruments.version(campaign.getInstrumentVersionId()).getItems()) {
            if (item.getKind().isScored()) {
                selfDiagnosis.saveAnswer(token, item.getId(), AnswerValue.chosen(1));
            }
        }
        selfDiagnosis.submit(token);
        Municipality other = registry.municipality();
        elsewhere = diagnostics.openCampaign(other, List.of(registry.teacher(registry.school(other), "Чужова", "Чара")));
        viewer = registry.user(registry.person(school, "Руководова", "Римма", "начальник управления образования",
                ru.masterskaya.registry.QualificationCategory.NONE), "secret-password",
                ScopedRole.inMunicipality(Role.VIEWER, municipality.getId()));
    }

    @Test
    void theViewerSeesTheCampaignsProgressAndNeedsOfTheirMunicipality() throws Exception {
        Document list = page("/campaigns");
        assertThat(list.select("a[href=/campaigns/" + campaign.getId() + "]")).hasSize(1);
        assertThat(list.select("a[href=/campaigns/" + elsewhere.getId() + "]")).isEmpty();
        assertThat(list.select("#new-campaign")).isEmpty();

        Document show = page("/campaigns/" + campaign.getId());
        assertThat(show.select("#progress").text()).contains("100 %");
        assertThat(show.select("#invitee-section, #links-xlsx, #campaign-export, #campaign-candidates, #invite-more, #remind-now")).isEmpty();

        Document needs = page("/campaigns/" + campaign.getId() + "/needs");
        assertThat(needs.select("#respondents").attr("data-respondents")).isEqualTo("1");
        assertThat(needs.select("#topic-needs tr[data-topic-id=" + DiagnosticsFixtures.HACKATHON + "]").attr("data-high")).isEqualTo("1");
        assertThat(needs.select("#candidates-link, #export-link")).isEmpty();
        assertThat(needs.text()).doesNotContain("Сидорова");
    }

    @Test
    void theViewerGetsNoNamesNoLinksAndNoChanges() throws Exception {
        String base = "/campaigns/" + campaign.getId();
        for (String path : List.of(base + "/candidates", base + "/export.xlsx", base + "/links.xlsx", "/campaigns/new",
                base + "/invitees/new", base + "/import-responses")) {
            mvc.perform(get(path).with(user(viewer))).andExpect(status().isForbidden());
        }
        mvc.perform(post(base + "/close").with(user(viewer)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(base).header("HX-Request", "true").param("q", "Сидорова").with(user(viewer))).andExpect(status().isNotFound());
    }

    @Test
    void aCampaignOfAnotherMunicipalityIsNotFoundForTheViewer() throws Exception {
        mvc.perform(get("/campaigns/" + elsewhere.getId()).with(user(viewer))).andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/" + elsewhere.getId() + "/needs").with(user(viewer))).andExpect(status().isNotFound());
    }

    private Document page(String path) throws Exception {
        String html = mvc.perform(get(path).with(user(viewer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
