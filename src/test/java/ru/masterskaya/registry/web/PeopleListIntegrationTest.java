package ru.masterskaya.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class PeopleListIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    Municipality town;
    Organisation school;
    Organisation kindergarten;
    CurrentUser coordinator;

    @BeforeEach
    void aMunicipalityWithASchoolAndAKindergarten() {
        town = registry.municipality();
        school = registry.school(town);
        kindergarten = registry.kindergarten(town);
        coordinator = registry.coordinatorOf(town, school);
        registry.teacher(school, "Семёнова", "Алёна");
        registry.teacher(school, "Иванов", "Пётр");
        registry.teacher(kindergarten, "Семенова", "Ольга");
    }

    @Test
    void searchByNameIgnoresCaseAndReadsYoAsYe() throws Exception {
        assertThat(names(page(get("/people").param("q", "СЕМЕНОВА")))).containsExactly("Семенова Ольга Петрович", "Семёнова Алёна Петрович");
        assertThat(names(page(get("/people").param("q", "алёна сем")))).containsExactly("Семёнова Алёна Петрович");
    }

    @Test
    void coordinatorDoesNotSeePeopleOfAnotherMunicipality() throws Exception {
        Organisation elsewhere = registry.school(registry.municipality());
        registry.teacher(elsewhere, "Семенович", "Сергей");

        assertThat(names(page(get("/people").param("q", "семен")))).doesNotContain("Семенович Сергей Петрович").hasSize(2);
    }

    @Test
    void filtersByOrganisationType() throws Exception {
        assertThat(names(page(get("/people").param("type", "PRESCHOOL").param("q", "семенова"))))
                .containsExactly("Семенова Ольга Петрович");
    }

    @Test
    void sortsByNameDescending() throws Exception {
        assertThat(names(page(get("/people").param("q", "семенова").param("sort", "name").param("dir", "desc"))))
                .containsExactly("Семёнова Алёна Петрович", "Семенова Ольга Петрович");
    }

    @Test
    void answersAnHtmxRequestWithTheResultsFragmentOnly() throws Exception {
        Document fragment = page(get("/people").param("q", "иванов").header("HX-Request", "true"));

        assertThat(fragment.select("nav.navbar")).isEmpty();
        assertThat(fragment.select("#people-count").text()).isEqualTo("Найдено: 1");
        assertThat(names(fragment)).containsExactly("Иванов Пётр Петрович");
    }

    @Test
    void pageLinksKeepTheFiltersAndTheSort() throws Exception {
        for (int i = 0; i <= PersonController.PAGE_SIZE; i++) {
            registry.teacher(school, "Листова" + (char) ('а' + i), "Нина");
        }

        Document first = page(get("/people").param("q", "листова").param("sort", "name").param("dir", "desc"));
        String next = first.select("nav .pagination a.page-link").last().attr("href");

        assertThat(next).startsWith("/people?").contains("q=", "sort=name", "dir=desc").endsWith("page=1");
        assertThat(names(page(get(java.net.URI.create(next))))).containsExactly("Листоваа Нина Петрович");
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        Document english = page(get("/people").param("lang", "en"));

        assertThat(english.select("h1").text()).isEqualTo("People");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static List<String> names(Document page) {
        return page.select("#people-table tbody tr td:first-child a").stream().map(Element::text).toList();
    }
}
