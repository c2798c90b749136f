package ru.masterskaya.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.practice.PracticeCompleted;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;

/** The book prints only reviews whose authors consent when the edition is made, grouped by topic and master. */
@MasterskayaIntegrationTest
@Import(CompletedPracticeFixture.class)
class BookOfReviewsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    CompletedPracticeFixture practices;

    Municipality town;
    Organisation school;
    Organisation lyceum;
    CurrentUser coordinator;
    Person master;

    @BeforeEach
    void aTown() {
        town = registry.municipality();
        school = registry.school(town);
        lyceum = registry.school(town);
        coordinator = registry.coordinatorOf(town, school);
        master = registry.teacher(school, "Мастерова", "Анна");
    }

    @Test
    void theBookPrintsConsentedReviewsByTopicAndMasterAndLeavesOutTheOthers() throws Exception {
        String consented = "Согласованный отзыв " + RegistryFixtures.unique();
        String silent = "Отзыв без согласия " + RegistryFixtures.unique();
        String withdrawn = "Отзыв с отозванным согласием " + RegistryFixtures.unique();
        practices.complete(master, registry.teacher(school, "Первова", "Вера"), java.util.UUID.randomUUID(), "Смысловое чтение", consented, true);
        practices.complete(master, registry.teacher(school, "Второв", "Глеб"), java.util.UUID.randomUUID(), "Смысловое чтение", silent, false);
        PracticeCompleted later = practices.complete(master, registry.teacher(school, "Третьева", "Дина"), java.util.UUID.randomUUID(),
                "Проектная деятельность", withdrawn, true);

        String before = DocumentFilesReader.pdfText(book("pdf", null));
        assertThat(before).contains(consented, withdrawn).doesNotContain(silent);

        practices.changeConsent(later, false);

        byte[] pdf = book("pdf", null);
        String text = DocumentFilesReader.pdfText(pdf);
        assertThat(text).contains("КНИГА ОТЗЫВОВ", "Содержание", "Смысловое чтение", "Мастер: Мастерова Анна Петрович", consented, "В.П. Первова",
                "Технологическая карта урока по теме «Смысловое чтение»");
        assertThat(text).doesNotContain(silent, withdrawn);
        assertThat(DocumentFilesReader.pdfPageText(pdf, 1)).as("no number on the title page").doesNotContainPattern("(?m)^\\s*1\\s*$");
        assertThat(DocumentFilesReader.pdfPageText(pdf, 2)).as("numbers from page 2").containsPattern("(?m)^\\s*2\\s*$");

        String docx = DocumentFilesReader.docxText(book("docx", null));
        assertThat(docx).contains("КНИГА ОТЗЫВОВ", "Смысловое чтение", consented).doesNotContain(silent, withdrawn);
    }

    @Test
    void aBookOfOneOrganisationHoldsOnlyItsPractitionersReviews() throws Exception {
        String ours = "Отзыв лицея " + RegistryFixtures.unique();
        String theirs = "Отзыв школы " + RegistryFixtures.unique();
        practices.complete(master, registry.teacher(lyceum, "Лицеева", "Лидия"), java.util.UUID.randomUUID(), "Функциональная грамотность", ours, true);
        practices.complete(master, registry.teacher(school, "Школьнова", "Светлана"), java.util.UUID.randomUUID(), "Функциональная грамотность", theirs, true);

        String text = DocumentFilesReader.pdfText(book("pdf", "O:" + lyceum.getId()));

        assertThat(text).contains(ours, lyceum.getShortName()).doesNotContain(theirs);
    }

    @Test
    void aCoordinatorOfAnotherTerritoryDoesNotReadThisTownsReviews() throws Exception {
        String review = "Отзыв этого города " + RegistryFixtures.unique();
        practices.complete(master, registry.teacher(school, "Горожанина", "Гала"), java.util.UUID.randomUUID(), "Наставничество", review, true);
        Municipality elsewhere = registry.municipality();
        CurrentUser stranger = registry.coordinatorOf(elsewhere, registry.school(elsewhere));

        byte[] pdf = mvc.perform(get("/documents/book/pdf").with(user(stranger))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(DocumentFilesReader.pdfText(pdf)).doesNotContain(review);
    }

    private byte[] book(String format, String formation) throws Exception {
        var request = get("/documents/book/" + format).with(user(coordinator));
        if (formation != null) {
            request.param("formation", formation);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
