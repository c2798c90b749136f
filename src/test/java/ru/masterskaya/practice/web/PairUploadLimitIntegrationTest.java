package ru.masterskaya.practice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.HttpVisitor;
import ru.masterskaya.HttpVisitor.FilePart;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.practice.PracticeFixtures;
import ru.masterskaya.practice.PracticeFixtures.Scene;
import ru.masterskaya.practice.PracticePairs;
import ru.masterskaya.practice.attention.link.PairLinks;
import ru.masterskaya.registry.RegistryScope;

/** A journal file over the container's limit, sent through a real server as a browser would, comes back as a message on the form it came from. */
@MasterskayaIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(PracticeFixtures.class)
class PairUploadLimitIntegrationTest {

    private static final int ELEVEN_MEGABYTES = 11 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    PracticeFixtures fixtures;

    @Autowired
    PracticePairs pairs;

    @Autowired
    PairLinks links;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    HttpVisitor visitor;

    @BeforeEach
    void visitTheServer() {
        visitor = new HttpVisitor(port);
    }

    @Test
    void aJournalFileOverTenMegabytesSendsThePractitionerBackToThePairWithTheReasonAndSavesNothing() throws Exception {
        Scene scene = fixtures.agreed(PracticeFixtures.planAhead(LocalDate.now(clock)));
        visitor.signIn(scene.practitioner().getUsername(), PracticeFixtures.PASSWORD);
        Document page = visitor.page("/pairs/" + scene.pair());
        String action = page.select("#entry-form").attr("action");
        String token = page.select("#entry-form input[name=_csrf]").val();
        byte[] large = new byte[ELEVEN_MEGABYTES];
        System.arraycopy("%PDF".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 4);

        HttpResponse<String> upload = visitor.send(entry(action, token, large));

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/pairs/" + scene.pair() + "#journal"));
        assertThat(visitor.page("/pairs/" + scene.pair()).select("#pair-error").text())
                .isEqualTo("Файл больше 10 МБ — ничего не сохранено. Приложите файл поменьше или дайте ссылку на него.");
        assertThat(pairs.get(scene.pair(), UUID.randomUUID(), RegistryScope.EVERYTHING).entryCount()).isZero();
    }

    @Test
    void aFileOverTenMegabytesThroughAReminderLinkBringsTheFormBackWithTheReasonAndLeavesTheLinkUsable() throws Exception {
        Scene scene = fixtures.agreed(PracticeFixtures.planAhead(LocalDate.now(clock)));
        String link = transactions.execute(status -> links.issue(scene.pair().value(), scene.practitioner().personId().value(), clock.instant()));
        byte[] large = new byte[ELEVEN_MEGABYTES];
        System.arraycopy("%PDF".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 4);

        HttpResponse<String> upload = visitor.send(entry("/p/" + link + "/journal", null, large));

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/p/" + link + "/journal?refused=tooLarge"));
        URI back = URI.create(upload.headers().firstValue("Location").orElseThrow());
        assertThat(visitor.page(back.getRawPath() + "?" + back.getRawQuery()).select("#entry-errors").text())
                .isEqualTo("Файл больше 10 МБ — ничего не сохранено. Приложите файл поменьше или дайте ссылку на него.");
        assertThat(pairs.get(scene.pair(), UUID.randomUUID(), RegistryScope.EVERYTHING).entryCount()).isZero();
    }

    /** The journal form as a browser sends it: a meeting of today, 45 minutes, with one PDF. */
    private HttpRequest.Builder entry(String path, @Nullable String csrfToken, byte[] content) {
        List<Map.Entry<String, String>> fields = List.of(Map.entry("kind", "MEETING"), Map.entry("occurredOn", LocalDate.now(clock).toString()),
                Map.entry("minutes", "45"));
        return visitor.multipart(path, csrfToken, fields, new FilePart("files", "big.pdf", "application/pdf", content));
    }
}
