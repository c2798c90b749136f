package ru.masterskaya.diagnostics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.TopicBlock;
import ru.masterskaya.diagnostics.TopicRepository;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class TopicsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    TopicRepository topics;

    Organisation school;
    CurrentUser coordinator;

    @BeforeEach
    void aMunicipalityWithItsCoordinator() {
        Municipality town = registry.municipality();
        school = registry.school(town);
        coordinator = registry.coordinatorOf(town, school);
    }

    @Test
    void theCatalogueShowsTheSixBlocksInOrder() throws Exception {
        Document page = page(get("/topics"), coordinator);

        assertThat(page.select("section.topic-block h2 span:first-child").eachText()).containsExactly(
                "Предметный", "Методический", "Психолого-педагогический", "Коммуникативный", "Нормативно-правовой", "Управленческий");
        assertThat(page.select("#block-MANAGERIAL .topic-name").eachText()).contains("SWOT-анализ как инструмент управления");
    }

    @Test
    void aCoordinatorCreatesATopicAndSeesItInItsBlock() throws Exception {
        String name = "Школьная служба медиации " + RegistryFixtures.unique();

        mvc.perform(form(post("/topics/new"), TopicBlock.COMMUNICATIVE, name, 0))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/topics?block=COMMUNICATIVE"));

        Document page = page(get("/topics").param("block", "COMMUNICATIVE"), coordinator);
        assertThat(page.select("#block-COMMUNICATIVE .topic-name").eachText()).contains(name);
        assertThat(page.select("#block-SUBJECT")).isEmpty();
    }

    @Test
    void aDuplicateNameIsRefusedNextToTheFieldIgnoringCaseAndYo() throws Exception {
        Document page = page(form(post("/topics/new"), TopicBlock.SUBJECT, "ПРИЕМЫ формирующего оценивания", 0), null);

        assertThat(page.select("#name-errors").text()).isEqualTo("Тема с таким названием уже есть в каталоге.");
        assertThat(page.select("#name").val()).isEqualTo("ПРИЕМЫ формирующего оценивания");
    }

    @Test
    void theFormExplainsWhatIsMissing() throws Exception {
        Document page = page(post("/topics/new").with(user(coordinator)).with(csrf()).param("name", "аб"), null);

        assertThat(page.select("#name-errors").text()).isEqualTo("Название темы — от 3 до 200 символов.");
        assertThat(page.select("#block-errors").text()).isEqualTo("Выберите блок.");
    }

    @Test
    void aDeputyReadsTheCatalogueButCannotChangeIt() throws Exception {
        CurrentUser deputy = registry.deputyOf(school);
        Topic topic = aTopic();

        Document page = page(get("/topics"), deputy);
        assertThat(page.select(".topic-name").eachText()).contains("Организация наставничества");
        assertThat(page.select("a[href='/topics/new']")).isEmpty();

        mvc.perform(get("/topics/new").with(user(deputy))).andExpect(status().isForbidden());
        mvc.perform(post("/topics/new").with(user(deputy)).with(csrf()).param("block", "SUBJECT").param("name", "Тема завуча"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/topics/{id}/edit", topic.getId()).with(user(deputy))).andExpect(status().isForbidden());
        mvc.perform(post("/topics/{id}/deactivate", topic.getId()).with(user(deputy)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aTeacherCannotOpenTheCatalogue() throws Exception {
        mvc.perform(get("/topics").with(user(registry.teacherAccount(school)))).andExpect(status().isForbidden());
    }

    @Test
    void aDeactivatedTopicLeavesTheActiveListButIsKept() throws Exception {
        Topic topic = aTopic();

        mvc.perform(post("/topics/{id}/deactivate", topic.getId()).with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(page(get("/topics").param("q", topic.getName()), coordinator).select(".topic-name")).isEmpty();
        Document all = page(get("/topics").param("q", topic.getName()).param("status", "all"), coordinator);
        assertThat(all.select(".topic-name").eachText()).containsExactly(topic.getName());
        assertThat(all.select(".topic .badge").text()).isEqualTo("отключена");
        assertThat(topics.findById(topic.getId()).orElseThrow().isActive()).isFalse();

        mvc.perform(post("/topics/{id}/activate", topic.getId()).with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/topics").param("q", topic.getName()), coordinator).select(".topic-name").eachText())
                .containsExactly(topic.getName());
    }

    @Test
    void aStaleEditAnswersConflictAndKeepsWhatTheUserTyped() throws Exception {
        Topic topic = aTopic();
        long opened = topic.getVersion();
        mvc.perform(form(post("/topics/{id}/edit", topic.getId()), TopicBlock.METHODICAL, topic.getName() + " (весна)", opened))
                .andExpect(redirectedUrl("/topics"));

        String html = mvc.perform(form(post("/topics/{id}/edit", topic.getId()), TopicBlock.METHODICAL, topic.getName() + " (осень)", opened))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#name").val()).isEqualTo(topic.getName() + " (осень)");
        assertThat(page.select("#conflict").text()).contains(topic.getName() + " (весна)");
        assertThat(topics.findById(topic.getId()).orElseThrow().getName()).isEqualTo(topic.getName() + " (весна)");
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() throws Exception {
        String html = mvc.perform(get("/topics").param("block", "LEGAL").header("HX-Request", "true").with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        Document fragment = Jsoup.parse(html);
        assertThat(fragment.select("#topics-results")).hasSize(1);
        assertThat(fragment.select("nav, #topics-filter, h1")).isEmpty();
        assertThat(fragment.select(".topic-name").eachText()).contains("ФГОС и ФОП: требования к рабочей программе");
    }

    @Test
    void searchFindsTopicsWhateverTheUserTypesForYo() throws Exception {
        assertThat(page(get("/topics").param("q", "одаренными"), coordinator).select(".topic-name").eachText())
                .containsExactly("Работа с одарёнными детьми");
        assertThat(page(get("/topics").param("q", "ПРИЁМЫ"), coordinator).select(".topic-name").eachText())
                .containsExactly("Приёмы формирующего оценивания");
    }

    private Topic aTopic() throws Exception {
        String name = "Event-технологии в методической работе " + RegistryFixtures.unique();
        mvc.perform(form(post("/topics/new"), TopicBlock.METHODICAL, name, 0)).andExpect(status().is3xxRedirection());
        return topics.findAll().stream().filter(topic -> topic.getName().equals(name)).findFirst().orElseThrow();
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, TopicBlock block, String name, long version) {
        return request.with(user(coordinator)).with(csrf())
                .param("block", block.name())
                .param("name", name)
                .param("description", "")
                .param("version", String.valueOf(version));
    }

    private Document page(MockHttpServletRequestBuilder request, @Nullable CurrentUser as) throws Exception {
        MockHttpServletRequestBuilder signed = as == null ? request : request.with(user(as));
        return Jsoup.parse(mvc.perform(signed).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
