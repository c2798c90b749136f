package ru.masterskaya.matching.offer.web;

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
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class MentoringReferenceDataIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    CurrentUser administrator;
    CurrentUser coordinator;

    @BeforeEach
    void users() {
        Municipality town = registry.municipality();
        Organisation school = registry.school(town);
        administrator = registry.administrator(school);
        coordinator = registry.coordinatorOf(town, school);
    }

    @Test
    void theSeededFormsAndKindsAreListed() throws Exception {
        Document page = page();

        assertThat(page.select("#mentoring-forms .mentoring-name").eachText())
                .startsWith("педагог – педагог", "руководитель – педагог", "тьютор – педагог",
                        "педагог вуза/колледжа – молодой педагог", "социальный партнёр – педагог");
        assertThat(page.select("#mentoring-kinds .mentoring-name").eachText())
                .startsWith("виртуальное (дистанционное)", "групповое («веерное»)", "групповое комплексное",
                        "краткосрочное (целеполагающее)", "реверсивное", "ситуационное", "скоростное консультационное",
                        "традиционное («один на один»)");
    }

    @Test
    void anAdministratorAddsRenamesAndDeactivatesAKindWhichStaysListed() throws Exception {
        String name = "Сетевое " + RegistryFixtures.unique();
        mvc.perform(post("/admin/mentoring").param("dimension", "KIND").param("name", name).with(user(administrator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String id = page().select(".mentoring-option:has(.mentoring-name:containsOwn(" + name + "))").attr("data-option-id");
        assertThat(id).isNotEmpty();

        mvc.perform(post("/admin/mentoring/{id}/rename", id).param("name", name + " (онлайн)").with(user(administrator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/mentoring/{id}/deactivate", id).with(user(administrator)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        Document page = page();
        assertThat(page.select(".mentoring-option[data-option-id=" + id + "] .mentoring-name").text()).isEqualTo(name + " (онлайн)");
        assertThat(page.select(".mentoring-option[data-option-id=" + id + "]").attr("data-active")).isEqualTo("false");
    }

    @Test
    void aDuplicateOrEmptyNameIsRefusedInRussian() throws Exception {
        String html = mvc.perform(post("/admin/mentoring").param("dimension", "FORM").param("name", "Педагог – педагог")
                        .with(user(administrator)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#name-errors").text()).isEqualTo("Запись с таким названием уже есть в этом справочнике.");

        html = mvc.perform(post("/admin/mentoring").param("name", " ").with(user(administrator)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#name-errors").text()).isEqualTo("Укажите название.");
        assertThat(page.select("#dimension-errors").text()).isEqualTo("Выберите справочник: форма или вид наставничества.");
    }

    @Test
    void onlyAnAdministratorOpensOrChangesTheReferenceData() throws Exception {
        mvc.perform(get("/admin/mentoring").with(user(coordinator))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/mentoring").param("dimension", "KIND").param("name", "Чужое").with(user(coordinator)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private Document page() throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/mentoring").with(user(administrator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
