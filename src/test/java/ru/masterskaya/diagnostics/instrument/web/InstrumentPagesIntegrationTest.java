package ru.masterskaya.diagnostics.instrument.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.diagnostics.instrument.ItemKind;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
@Import(DiagnosticsFixtures.class)
class InstrumentPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    DiagnosticsFixtures diagnostics;

    @Autowired
    Instruments instruments;

    Organisation school;
    CurrentUser coordinator;

    @BeforeEach
    void aMunicipalityWithItsCoordinator() {
        Municipality town = registry.municipality();
        school = registry.school(town);
        coordinator = registry.coordinatorOf(town, school);
    }

    @Test
    void aNewInstrumentStartsWithAnEmptyEditableVersionOne() throws Exception {
        String title = "Самодиагностика молодого педагога " + RegistryFixtures.unique();

        String location = mvc.perform(post("/instruments/new").with(user(coordinator)).with(csrf()).param("title", title))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        Document detail = page(get(location), coordinator);
        assertThat(detail.select("#instrument-title").text()).isEqualTo(title);
        assertThat(detail.select("#shown-version").text()).isEqualTo("Версия 1");
        assertThat(detail.select("#items-empty")).hasSize(1);
        assertThat(detail.select("#frozen-notice")).isEmpty();

        Document list = page(get("/instruments"), coordinator);
        var row = list.select("tr.instrument:has(a:containsOwn(" + title + "))");
        assertThat(row.select(".instrument-version").text()).isEqualTo("1");
        assertThat(row.select(".instrument-items").text()).isEqualTo("0");
        assertThat(row.select(".instrument-state").text()).isEqualTo("Можно изменять");
    }

    @Test
    void theListCountsItemsAndTopicsOfTheLatestVersion() throws Exception {
        InstrumentVersion version = diagnostics.smallInstrument();

        Document list = page(get("/instruments"), coordinator);
        var row = list.select("tr.instrument[data-instrument-id=" + version.getInstrument().getId() + "]");
        assertThat(row.select(".instrument-items").text()).isEqualTo("6");
        assertThat(row.select(".instrument-topics").text()).isEqualTo("3");
    }

    @Test
    void aNewInstrumentNeedsATitle() throws Exception {
        Document page = page(post("/instruments/new").with(user(coordinator)).with(csrf()).param("title", " "), null);

        assertThat(page.select("#title-errors").text()).isEqualTo("Укажите название инструмента.");
    }

    @Test
    void theInstrumentPageGroupsItemsByBlockWithOptionsAndMaxScores() throws Exception {
        InstrumentVersion version = diagnostics.smallInstrument();

        Document page = page(get("/instruments/{id}", version.getInstrument().getId()), coordinator);

        assertThat(page.select("section.item-group h3").eachText()).containsExactly("Методический", "Коммуникативный", "Без темы");
        assertThat(page.select("#group-METHODICAL .item-text").eachText()).startsWith("Я умею организовать проектный хакатон для коллег");
        assertThat(page.select("#group-METHODICAL .item-options").first().select("li").eachText())
                .containsExactly("Один урок балл: 0", "Один-два дня балл: 2", "Месяц балл: 0");
        assertThat(page.select("#group-METHODICAL .item-max").eachText()).contains("Максимум баллов: 3");
        assertThat(page.select("#group-none .item-kind").text()).isEqualTo("Свободный ответ");
        assertThat(page.select("#versions .version-number").eachText()).containsExactly("1");
    }

    @Test
    void aCoordinatorAddsAChoiceItemToAnEditableVersion() throws Exception {
        InstrumentVersion version = diagnostics.smallInstrument();
        UUID id = version.getInstrument().getId();

        mvc.perform(item(post("/instruments/{id}/items/new", id), instruments.latestVersion(id))
                        .param("kind", "SINGLE_CHOICE").param("topicId", DiagnosticsFixtures.NETWORK_COMMUNITY.toString())
                        .param("text", "Где вы делитесь опытом?")
                        .param("options[0].text", "Нигде").param("options[0].score", "0")
                        .param("options[1].text", "").param("options[1].score", "")
                        .param("options[2].text", "В сетевом сообществе").param("options[2].score", "2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "instrument.item.saved"));

        InstrumentVersion latest = instruments.latestVersion(id);
        assertThat(latest.getNumber()).isEqualTo(1);
        InstrumentItem added = latest.getItems().getLast();
        assertThat(added.getText()).isEqualTo("Где вы делитесь опытом?");
        assertThat(added.getOptions()).extracting(o -> o.getText() + "=" + o.getScore()).containsExactly("Нигде=0", "В сетевом сообществе=2");
    }

    @Test
    void theEditorNamesEveryMistakeAndKeepsWhatWasTyped() throws Exception {
        InstrumentVersion version = diagnostics.smallInstrument();
        UUID id = version.getInstrument().getId();

        Document page = page(item(post("/instruments/{id}/items/new", id), version)
                .param("kind", "MULTIPLE_CHOICE").param("text", "Что вы используете?")
                .param("options[0].text", "Кейсы").param("options[0].score", "два")
                .param("options[1].text", "").param("options[1].score", "1")
                .param("options[2].text", "Ничего").param("options[2].score", "0"), null);

        assertThat(page.select("#topicId-errors").text()).isEqualTo("Выберите тему: она нужна для всех вопросов, кроме свободного ответа.");
        assertThat(page.select("#option-1-score-errors").text()).isEqualTo("Вариант 1: балл должен быть целым числом, например 0, 1 или -1.");
        assertThat(page.select("#option-2-text-errors").text()).isEqualTo("Вариант 2: укажите текст.");
        assertThat(page.select("#options0\\.score").val()).isEqualTo("два");
        assertThat(page.select("#text").text()).isEqualTo("Что вы используете?");
        assertThat(page.select("#kind option[selected]").val()).isEqualTo("MULTIPLE_CHOICE");
        assertThat(instruments.latestVersion(id).getItems()).hasSize(6);
    }

    @Test
    void aChoiceNeedsTwoOptionsAndAPositiveScoreAndAFreeTextNone() throws Exception {
        InstrumentVersion version = diagnostics.smallInstrument();
        UUID id = version.getInstrument().getId();

        Document one = page(item(post("/instruments/{id}/items/new", id), version)
                .param("kind", "SINGLE_CHOICE").param("topicId", DiagnosticsFixtures.HACKATHON.toString()).param("text", "Вопрос")
                .param("options[0].text", "Да").param("options[0].score", "1"), null);
        assertThat(one.select("#options-errors").text()).isEqualTo("Вопросу с выбором ответа нужно не меньше 2 вариантов.");

        Document zero = page(item(post("/instruments/{id}/items/new", id), version)
                .param("kind", "SINGLE_CHOICE").param("topicId", DiagnosticsFixtures.HACKATHON.toString()).param("text", "Вопрос")
                .param("options[0].text", "Да").param("options[0].score", "0")
                .param("options[1].text", "Нет").param("options[1].score", "-1"), null);
        assertThat(zero.select("#options-errors").text()).isEqualTo("Хотя бы один вариант ответа должен давать балл больше нуля.");

        Document free = page(item(post("/instruments/{id}/items/new", id), version)
                .param("kind", "FREE_TEXT").param("text", "Пожелания")
                .param("options[0].text", "Да").param("options[0].score", "1"), null);
        assertThat(free.select("#options-errors").text()).startsWith("У этого вида вопроса нет вариантов ответа");
        assertThat(free.select("#topicId-errors")).isEmpty();
    }

    @Test
    void editingAFrozenVersionMakesTheNextVersionAndLeavesTheOldOneUnchanged() throws Exception {
        InstrumentVersion version = diagnostics.smallInstrument();
        UUID id = version.getInstrument().getId();
        instruments.freeze(version.getId());
        InstrumentVersion frozen = instruments.latestVersion(id);

        Document before = page(get("/instruments/{id}", id), coordinator);
        assertThat(before.select("#frozen-notice").text()).isEqualTo(
                "Версия 1 используется в кампании самодиагностики и больше не меняется. Если вы измените вопросы, изменения сохранятся как версия 2, а версия 1 останется как была.");

        mvc.perform(item(post("/instruments/{id}/items/{n}/edit", id, 1), frozen)
                        .param("kind", "SELF_RATING").param("topicId", DiagnosticsFixtures.HACKATHON.toString())
                        .param("text", "Я провожу хакатоны сам"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "instrument.savedAsNewVersion"));

        InstrumentVersion latest = instruments.latestVersion(id);
        assertThat(latest.getNumber()).isEqualTo(2);
        assertThat(latest.isFrozen()).isFalse();
        assertThat(latest.getItems().getFirst().getText()).isEqualTo("Я провожу хакатоны сам");
        assertThat(latest.getItems()).hasSize(6);
        InstrumentVersion old = instruments.version(version.getId());
        assertThat(old.getItems().getFirst().getText()).isEqualTo("Я умею организовать проектный хакатон для коллег");
        assertThat(old.getVersion()).isEqualTo(frozen.getVersion());

        Document after = page(get("/instruments/{id}", id), coordinator);
        assertThat(after.select("#shown-version").text()).isEqualTo("Версия 2");
        assertThat(after.select("#versions .version-number").eachText()).containsExactly("2", "1");
        Document oldPage = page(get("/instruments/{id}/versions/1", id), coordinator);
        assertThat(oldPage.select("#old-version-notice")).hasSize(1);
        assertThat(oldPage.select(".item-edit")).isEmpty();
    }

    @Test
    void itemsMoveAndAreDeleted() throws Exception {
        InstrumentVersion version = diagnostics.smallInstrument();
        UUID id = version.getInstrument().getId();

        mvc.perform(post("/instruments/{id}/items/{n}/move", id, 2).with(user(coordinator)).with(csrf()).param("direction", "up")
                        .param("versionId", version.getId().toString()).param("version", String.valueOf(version.getVersion())))
                .andExpect(status().is3xxRedirection());
        InstrumentVersion moved = instruments.latestVersion(id);
        assertThat(moved.getItems().getFirst().getKind()).isEqualTo(ItemKind.SINGLE_CHOICE);

        mvc.perform(post("/instruments/{id}/items/{n}/delete", id, 1).with(user(coordinator)).with(csrf())
                        .param("versionId", moved.getId().toString()).param("version", String.valueOf(moved.getVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(instruments.latestVersion(id).getItems()).hasSize(5)
                .first().extracting(InstrumentItem::getKind).isEqualTo(ItemKind.SELF_RATING);
    }

    @Test
    void aChangeFromAnOutdatedPageIsRefusedWith409() throws Exception {
        InstrumentVersion version = diagnostics.smallInstrument();
        UUID id = version.getInstrument().getId();

        mvc.perform(post("/instruments/{id}/items/{n}/delete", id, 1).with(user(coordinator)).with(csrf())
                        .param("versionId", version.getId().toString()).param("version", String.valueOf(version.getVersion())))
                .andExpect(status().is3xxRedirection());

        mvc.perform(item(post("/instruments/{id}/items/{n}/edit", id, 1), version)
                        .param("kind", "SELF_RATING").param("topicId", DiagnosticsFixtures.HACKATHON.toString()).param("text", "Устаревшая правка"))
                .andExpect(status().isConflict());
        mvc.perform(post("/instruments/{id}/items/{n}/delete", id, 1).with(user(coordinator)).with(csrf())
                        .param("versionId", version.getId().toString()).param("version", String.valueOf(version.getVersion())))
                .andExpect(status().isConflict());
        assertThat(instruments.latestVersion(id).getItems()).hasSize(5);
    }

    @Test
    void aDeputyReadsInstrumentsButCannotChangeThem() throws Exception {
        CurrentUser deputy = registry.deputyOf(school);
        InstrumentVersion version = diagnostics.smallInstrument();
        UUID id = version.getInstrument().getId();

        assertThat(page(get("/instruments"), deputy).select("#instruments-new")).isEmpty();
        Document detail = page(get("/instruments/{id}", id), deputy);
        assertThat(detail.select(".item-edit")).isEmpty();
        assertThat(detail.select("#item-add")).isEmpty();
        mvc.perform(get("/instruments/{id}/versions/1/export", id).with(user(deputy))).andExpect(status().isOk());

        mvc.perform(get("/instruments/new").with(user(deputy))).andExpect(status().isForbidden());
        mvc.perform(post("/instruments/new").with(user(deputy)).with(csrf()).param("title", "Завуч")).andExpect(status().isForbidden());
        mvc.perform(get("/instruments/{id}/items/new", id).with(user(deputy))).andExpect(status().isForbidden());
        mvc.perform(item(post("/instruments/{id}/items/{n}/edit", id, 1), version).with(user(deputy))
                .param("kind", "SELF_RATING").param("topicId", DiagnosticsFixtures.HACKATHON.toString()).param("text", "Завуч"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/instruments/{id}/items/{n}/delete", id, 1).with(user(deputy)).with(csrf())
                .param("versionId", version.getId().toString()).param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(get("/instruments/import").with(user(deputy))).andExpect(status().isForbidden());
        mvc.perform(get("/instruments/{id}/import", id).with(user(deputy))).andExpect(status().isForbidden());
        assertThat(instruments.latestVersion(id).getItems()).hasSize(6);
    }

    @Test
    void aTeacherCannotOpenInstruments() throws Exception {
        CurrentUser teacher = registry.teacherAccount(school);
        InstrumentVersion version = diagnostics.smallInstrument();

        mvc.perform(get("/instruments").with(user(teacher))).andExpect(status().isForbidden());
        mvc.perform(get("/instruments/{id}", version.getInstrument().getId()).with(user(teacher))).andExpect(status().isForbidden());
        mvc.perform(get("/instruments/{id}/versions/1/export", version.getInstrument().getId()).with(user(teacher)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theNavigationLinksInstrumentsForCoordinatorsOnly() throws Exception {
        assertThat(page(get("/instruments"), coordinator).select("nav a[href='/instruments']").text()).isEqualTo("Инструменты");
        Document teacherHome = Jsoup.parse(mvc.perform(get("/").with(user(registry.teacherAccount(school))))
                .andReturn().getResponse().getContentAsString());
        assertThat(teacherHome.select("nav a[href='/instruments']")).isEmpty();
    }

    private MockHttpServletRequestBuilder item(MockHttpServletRequestBuilder request, InstrumentVersion seen) {
        return request.with(user(coordinator)).with(csrf())
                .param("versionId", seen.getId().toString()).param("version", String.valueOf(seen.getVersion()));
    }

    private Document page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        MockHttpServletRequestBuilder built = user == null ? request : request.with(user(user));
        return Jsoup.parse(mvc.perform(built).andReturn().getResponse().getContentAsString());
    }
}
