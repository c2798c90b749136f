package ru.masterskaya.practice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.practice.JournalEntry;
import ru.masterskaya.practice.JournalEntryRepository;
import ru.masterskaya.practice.PairSide;
import ru.masterskaya.practice.PairStatus;
import ru.masterskaya.practice.PracticeFileRepository;
import ru.masterskaya.practice.PracticeFixtures;
import ru.masterskaya.practice.PracticeFixtures.Scene;
import ru.masterskaya.practice.PracticePairs;
import ru.masterskaya.practice.attention.link.PairLinks;
import ru.masterskaya.registry.RegistryScope;

/** The journal form behind a reminder's one-time link: one entry (with files) without signing in, then the link is used up. */
@MasterskayaIntegrationTest
@Import(PracticeFixtures.class)
class PairLinkJournalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeFixtures fixtures;

    @Autowired
    PairLinks links;

    @Autowired
    PracticePairs pairs;

    @Autowired
    JournalEntryRepository entries;

    @Autowired
    PracticeFileRepository files;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Test
    void aSideAddsOneEntryThroughTheLinkWithoutSigningInAndTheLinkIsThenUsedUp() throws Exception {
        Scene scene = fixtures.agreed(PracticeFixtures.planAhead(LocalDate.now(clock)));
        String token = issue(scene, scene.practitioner().personId().value());
        String today = LocalDate.now(clock).toString();

        mvc.perform(get("/p/" + token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/p/" + token + "/journal")));
        mvc.perform(get("/p/" + token + "/journal")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Сетевое сообщество")));
        mvc.perform(post("/p/" + token + "/journal").param("kind", "MEETING").param("occurredOn", LocalDate.now(clock).plusDays(1).toString())
                        .param("minutes", "45").param("note", "Обсудили план"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Дата записи не может быть позже сегодняшнего дня.")))
                .andExpect(content().string(containsString("Обсудили план")));

        mvc.perform(post("/p/" + token + "/journal").param("kind", "MEETING").param("occurredOn", today).param("minutes", "45")
                        .param("note", "Обсудили план"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Запись добавлена")));

        List<JournalEntry> written = entries.findByPairIdOrderByOccurredOnDescCreatedAtDesc(scene.pair().value());
        assertThat(written).singleElement().satisfies(entry -> {
            assertThat(entry.authorSide()).isEqualTo(PairSide.PRACTITIONER);
            assertThat(entry.note()).isEqualTo("Обсудили план");
        });
        assertThat(pairs.get(scene.pair(), UUID.randomUUID(), RegistryScope.EVERYTHING).status()).isEqualTo(PairStatus.ACTIVE);

        mvc.perform(post("/p/" + token + "/journal").param("kind", "MEETING").param("occurredOn", today).param("minutes", "45"))
                .andExpect(status().isGone());
        mvc.perform(get("/p/" + token + "/journal")).andExpect(status().isGone());
        assertThat(entries.findByPairIdOrderByOccurredOnDescCreatedAtDesc(scene.pair().value())).hasSize(1);
    }

    @Test
    void aFileGoesWithTheEntryThroughTheLinkAndAFileOfTheWrongKindKeepsTheTextAndTheLink() throws Exception {
        Scene scene = fixtures.agreed(PracticeFixtures.planAhead(LocalDate.now(clock)));
        String token = issue(scene, scene.master().personId().value());
        String today = LocalDate.now(clock).toString();
        MockMultipartFile program = new MockMultipartFile("files", "Программа.exe", "application/octet-stream", new byte[] {'M', 'Z', 1, 2});
        MockMultipartFile plan = new MockMultipartFile("files", "План урока.pdf", "application/pdf",
                "%PDF-1.4 план урока".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        mvc.perform(multipart("/p/" + token + "/journal").file(program).param("kind", "LESSON_VISIT").param("occurredOn", today)
                        .param("minutes", "45").param("note", "Посетила урок"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Файл «Программа.exe» не подходит")))
                .andExpect(content().string(containsString("Посетила урок")));
        assertThat(files.findByPairIdOrderByUploadedAt(scene.pair().value())).isEmpty();

        mvc.perform(multipart("/p/" + token + "/journal").file(plan).param("kind", "LESSON_VISIT").param("occurredOn", today)
                        .param("minutes", "45").param("note", "Посетила урок"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Запись добавлена")));

        JournalEntry entry = entries.findByPairIdOrderByOccurredOnDescCreatedAtDesc(scene.pair().value()).getFirst();
        assertThat(files.findByPairIdOrderByUploadedAt(scene.pair().value())).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("План урока.pdf");
            assertThat(file.entryId()).isEqualTo(entry.getId());
            assertThat(file.uploadedBy()).isEqualTo(scene.master().personId().value());
        });
    }

    @Test
    void anUnknownLinkOpensNothing() throws Exception {
        mvc.perform(get("/p/" + "x".repeat(43) + "/journal")).andExpect(status().isGone());
        mvc.perform(post("/p/" + "x".repeat(43) + "/journal").param("kind", "MEETING")
                .param("occurredOn", LocalDate.now(clock).toString()).param("minutes", "45")).andExpect(status().isGone());
    }

    private String issue(Scene scene, UUID personId) {
        return transactions.execute(status -> links.issue(scene.pair().value(), personId, clock.instant()));
    }
}
