package ru.masterskaya.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationRepository;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class OrganisationFormIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    OrganisationRepository organisations;

    Municipality town;
    Organisation school;
    CurrentUser coordinator;

    @BeforeEach
    void aMunicipalityWithItsCoordinator() {
        town = registry.municipality();
        school = registry.school(town);
        coordinator = registry.coordinatorOf(town, school);
    }

    @Test
    void coordinatorRegistersAKindergartenOfTheMunicipality() throws Exception {
        String location = mvc.perform(form(post("/organisations/new"), "МБДОУ д/с № 7 «Солнышко»", "1234567890", 0))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        String html = mvc.perform(get(location).with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("МБДОУ д/с № 7 «Солнышко»");
    }

    @Test
    void refusesAShortNameTheMunicipalityAlreadyUses() throws Exception {
        Document page = page(form(post("/organisations/new"), school.getShortName().toUpperCase(), "", 0));

        assertThat(page.select("#shortName-errors").text())
                .isEqualTo("В этом муниципалитете уже есть организация с таким кратким наименованием.");
    }

    @Test
    void explainsWhatAnInnMustLookLike() throws Exception {
        Document page = page(form(post("/organisations/new"), "МБОУ «Лицей № 2»", "12345", 0));

        assertThat(page.select("#inn-errors").text()).isEqualTo("ИНН состоит из 10 цифр (для организации) или 12 цифр.");
    }

    @Test
    void coordinatorCannotRegisterAnOrganisationInAnotherMunicipality() throws Exception {
        Municipality elsewhere = registry.municipality();

        mvc.perform(post("/organisations/new").with(user(coordinator)).with(csrf())
                        .param("municipalityId", elsewhere.getId().toString())
                        .param("typeCode", "SCHOOL")
                        .param("shortName", "Чужая школа")
                        .param("fullName", "Чужая школа"))
                .andExpect(status().isNotFound());
    }

    @Test
    void staleEditAnswersConflictAndKeepsWhatTheUserTyped() throws Exception {
        long opened = organisations.findById(school.getId()).orElseThrow().getVersion();
        mvc.perform(form(post("/organisations/{id}/edit", school.getId()), "МБОУ «Гимназия № 1»", "", opened))
                .andExpect(status().is3xxRedirection());

        String html = mvc.perform(form(post("/organisations/{id}/edit", school.getId()), "МБОУ «СОШ № 1 им. Пушкина»", "", opened))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#shortName").val()).isEqualTo("МБОУ «СОШ № 1 им. Пушкина»");
        assertThat(page.select("#conflict").text()).contains("МБОУ «Гимназия № 1»");
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String shortName, String inn, long version) {
        return request.with(user(coordinator)).with(csrf())
                .param("municipalityId", town.getId().toString())
                .param("typeCode", "PRESCHOOL")
                .param("shortName", shortName)
                .param("fullName", shortName + " (полное)")
                .param("inn", inn)
                .param("version", String.valueOf(version));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
