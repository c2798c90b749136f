package ru.masterskaya.diagnostics.instrument.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.diagnostics.instrument.ItemDraft;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.XlsxFixtures;

@MasterskayaIntegrationTest
@Import(DiagnosticsFixtures.class)
class InstrumentXlsxIntegrationTest {

    static final String HACKATHON = "Проектный хакатон как форма методической работы";

    static final List<String> HEADER = List.of("№", "Блок", "Тема", "Вид вопроса", "Текст вопроса", "Варианты ответа");

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    DiagnosticsFixtures diagnostics;

    @Autowired
    Instruments instruments;

    CurrentUser coordinator;

    @BeforeEach
    void aCoordinator() {
        Municipality town = registry.municipality();
        Organisation school = registry.school(town);
        coordinator = registry.coordinatorOf(town, school);
    }

    @Test
    void anExportedVersionReadsBackWithItsItemsTopicsAndOptions() throws Exception {
        InstrumentVersion version = diagnostics.smallInstrument();

        MvcResult result = mvc.perform(get("/instruments/{id}/versions/1/export", version.getInstrument().getId()).with(user(coordinator)))
                .andExpect(status().isOk()).andReturn();

        assertThat(result.getResponse().getContentType()).isEqualTo(XlsxFixtures.XLSX_TYPE);
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        try (XSSFWorkbook workbook = XlsxFixtures.read(result.getResponse().getContentAsByteArray())) {
            Sheet questions = workbook.getSheet("Вопросы");
            assertThat(texts(questions.getRow(0))).containsExactlyElementsOf(HEADER);
            assertThat(questions.getPaneInformation().isFreezePane()).isTrue();
            assertThat(questions.getColumnWidth(4)).isGreaterThan(questions.getColumnWidth(0));
            assertThat(texts(questions.getRow(1))).containsExactly("1", "Методический", HACKATHON,
                    "Самооценка по шкале", "Я умею организовать проектный хакатон для коллег", "");
            assertThat(texts(questions.getRow(2)).get(5)).isEqualTo("Один урок = 0\nОдин-два дня = 2\nМесяц = 0");
            assertThat(texts(questions.getRow(4)).get(5)).contains("Оценка внешности учителя = -1");
            assertThat(texts(questions.getRow(6))).containsExactly("6", "", "", "Свободный ответ", "Чему я хочу научиться в этом году?", "");
            assertThat(questions.getLastRowNum()).isEqualTo(6);
            Sheet topics = workbook.getSheet("Темы");
            assertThat(texts(topics.getRow(0)).subList(0, 2)).containsExactly("Блок", "Тема");
            assertThat(topics.getLastRowNum()).isGreaterThan(10);
        }
    }

    @Test
    void anExportedVersionLoadedBackGivesTheSameItems() throws Exception {
        InstrumentVersion version = diagnostics.smallInstrument();
        byte[] exported = mvc.perform(get("/instruments/{id}/versions/1/export", version.getInstrument().getId()).with(user(coordinator)))
                .andReturn().getResponse().getContentAsByteArray();

        String preview = upload("/instruments/import", exported).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        Document page = page(preview);
        assertThat(page.select("#import-ready")).hasSize(1);
        assertThat(page.select(".import-row")).hasSize(6);
        assertThat(page.select("#title").val()).isEqualTo("Самодиагностика");

        Document untitled = Jsoup.parse(mvc.perform(post(preview + "/confirm").with(user(coordinator)).with(csrf()).param("title", " "))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(untitled.select("#title-errors").text()).isEqualTo("Укажите название инструмента.");

        String title = "Копия " + RegistryFixtures.unique();
        String location = mvc.perform(post(preview + "/confirm").with(user(coordinator)).with(csrf()).param("title", title))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        UUID copyId = UUID.fromString(location.substring("/instruments/".length()));
        InstrumentVersion copy = instruments.latestVersion(copyId);
        assertThat(instruments.get(copyId).getTitle()).isEqualTo(title);
        assertThat(drafts(copy)).isEqualTo(drafts(version));
    }

    @Test
    void loadingIntoAFrozenInstrumentMakesTheNextVersion() throws Exception {
        InstrumentVersion version = diagnostics.smallInstrument();
        UUID id = version.getInstrument().getId();
        instruments.freeze(version.getId());
        byte[] file = XlsxFixtures.table(HEADER, new Object[] {1, null, HACKATHON, "самооценка по шкале", "Я провожу хакатон", null});

        String preview = upload("/instruments/" + id + "/import", file).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(page(preview).select("#import-target").text()).isEqualTo("Последняя версия используется в кампании: вопросы сохранятся как версия 2.");
        mvc.perform(post(preview + "/confirm").with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(instruments.latestVersion(id).getNumber()).isEqualTo(2);
        assertThat(instruments.latestVersion(id).getItems()).extracting(InstrumentItem::getText).containsExactly("Я провожу хакатон");
        assertThat(instruments.version(version.getId()).getItems()).hasSize(6);
    }

    @Test
    void everyBadRowIsNamedByRowAndColumnAndNothingIsStored() throws Exception {
        InstrumentVersion version = diagnostics.smallInstrument();
        UUID id = version.getInstrument().getId();
        byte[] file = XlsxFixtures.table(HEADER,
                new Object[] {1, null, "ПРОЕКТНЫЙ ХАКАТОН КАК ФОРМА МЕТОДИЧЕСКОЙ РАБОТЫ", "Самооценка по шкале", "Хороший вопрос", null},
                new Object[] {2, null, "Несуществующая тема", "Самооценка по шкале", "Вопрос", null},
                new Object[] {3, null, HACKATHON, "Анкета", "Вопрос", null},
                new Object[] {4, null, HACKATHON, "Выбор одного ответа", null, "Да = 1\nНет"},
                new Object[] {5, null, HACKATHON, "Выбор одного ответа", "Вопрос", "Да = один\nНет = 0"},
                new Object[] {6, null, HACKATHON, "Выбор нескольких ответов", "Вопрос", null},
                new Object[] {7, null, null, "Свободный ответ", "Пожелания", "Да = 1"},
                new Object[] {8, null, null, "Выбор одного ответа", "Вопрос", "Да = 1\nНет = 0"});

        Document page = Jsoup.parse(upload("/instruments/" + id + "/import", file).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select(".import-error").eachText()).containsExactly(
                "Строка 3, столбец «Тема»: темы «Несуществующая тема» нет в каталоге; возьмите название с листа «Темы».",
                "Строка 4, столбец «Вид вопроса»: вид вопроса «Анкета» не найден; укажите одно из: «Самооценка по шкале», «Выбор одного ответа», «Выбор нескольких ответов», «Свободный ответ».",
                "Строка 5, столбец «Текст вопроса»: Укажите текст вопроса.",
                "Строка 5, столбец «Варианты ответа»: Вариант 2: укажите балл.",
                "Строка 6, столбец «Варианты ответа»: Вариант 1: балл должен быть целым числом, например 0, 1 или -1.",
                "Строка 7, столбец «Варианты ответа»: Вопросу с выбором ответа нужно не меньше 2 вариантов.",
                "Строка 8, столбец «Варианты ответа»: У этого вида вопроса нет вариантов ответа: уберите их или выберите «Выбор одного ответа» или «Выбор нескольких ответов».",
                "Строка 9, столбец «Тема»: Выберите тему: она нужна для всех вопросов, кроме свободного ответа.");
        assertThat(page.select("#import-confirm")).isEmpty();
        assertThat(page.select(".import-row")).hasSize(8);
        assertThat(instruments.latestVersion(id).getItems()).hasSize(6);
    }

    @Test
    void badFilesGetAMessageNotAnError() throws Exception {
        assertRejected(new byte[0], "пустой");
        assertRejected("просто текст".getBytes(), "не книга Excel в формате XLSX");
        assertRejected(XlsxFixtures.xls(HEADER), "Excel 97–2003");
        assertRejected(XlsxFixtures.table(List.of("Тема", "Текст вопроса"), new Object[] {HACKATHON, "Вопрос"}),
                "нет обязательных столбцов: «Вид вопроса», «Варианты ответа»");
        assertRejected(XlsxFixtures.table(HEADER), "нет вопросов");
        Object[][] many = new Object[1001][];
        for (int i = 0; i < many.length; i++) {
            many[i] = new Object[] {i + 1, null, HACKATHON, "Самооценка по шкале", "Вопрос " + i, null};
        }
        assertRejected(XlsxFixtures.table(HEADER, many), "1001 вопросов, а можно не больше 1000");
        assertRejected(new byte[10 * 1024 * 1024 + 1], "больше 10 МБ");
    }

    @Test
    void aDeputyCannotLoadItems() throws Exception {
        CurrentUser deputy = registry.deputyOf(registry.school(registry.municipality()));
        byte[] file = XlsxFixtures.table(HEADER, new Object[] {1, null, HACKATHON, "Самооценка по шкале", "Вопрос", null});

        mvc.perform(multipart("/instruments/import").file(new MockMultipartFile("file", "q.xlsx", XlsxFixtures.XLSX_TYPE, file))
                .with(user(deputy)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aCancelledUploadIsForgotten() throws Exception {
        byte[] file = XlsxFixtures.table(HEADER, new Object[] {1, null, HACKATHON, "Самооценка по шкале", "Вопрос", null});
        String preview = upload("/instruments/import", file).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(post(preview + "/cancel").with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get(preview).with(user(coordinator))).andExpect(status().isNotFound());
    }

    private void assertRejected(byte[] content, String reason) throws Exception {
        int before = instruments.list().size();
        Document page = Jsoup.parse(upload("/instruments/import", content).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#import-errors").text()).contains(reason);
        assertThat(instruments.list()).hasSize(before);
    }

    private org.springframework.test.web.servlet.ResultActions upload(String address, byte[] content) throws Exception {
        return mvc.perform(multipart(address).file(new MockMultipartFile("file", "Самодиагностика - версия 1.xlsx", XlsxFixtures.XLSX_TYPE, content))
                .with(user(coordinator)).with(csrf()));
    }

    private Document page(String address) throws Exception {
        return Jsoup.parse(mvc.perform(get(address).with(user(coordinator))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** Items as comparable text: ItemOption has no equals. */
    private static List<String> drafts(InstrumentVersion version) {
        return version.getItems().stream().map(InstrumentItem::toDraft).map(InstrumentXlsxIntegrationTest::describe).toList();
    }

    private static String describe(ItemDraft draft) {
        return draft.kind() + " | " + draft.topicId() + " | " + draft.text() + " | "
                + draft.options().stream().map(option -> option.getText() + "=" + option.getScore()).toList();
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < HEADER.size(); i++) {
            texts.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
        }
        return texts;
    }
}
