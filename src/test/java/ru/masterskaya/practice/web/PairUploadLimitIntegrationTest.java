package ru.masterskaya.practice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.practice.PracticeFixtures;
import ru.masterskaya.practice.PracticeFixtures.Scene;
import ru.masterskaya.practice.PracticePairs;
import ru.masterskaya.practice.attention.link.PairLinks;
import ru.masterskaya.registry.CurrentUser;
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

    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aJournalFileOverTenMegabytesSendsThePractitionerBackToThePairWithTheReasonAndSavesNothing() throws Exception {
        Scene scene = fixtures.agreed(PracticeFixtures.planAhead(LocalDate.now(clock)));
        signIn(scene.practitioner());
        Document page = page("/pairs/" + scene.pair());
        String action = page.select("#entry-form").attr("action");
        String token = page.select("#entry-form input[name=_csrf]").val();
        byte[] large = new byte[ELEVEN_MEGABYTES];
        System.arraycopy("%PDF".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 4);

        HttpResponse<String> upload = send(entry(action, token, large));

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/pairs/" + scene.pair() + "#journal"));
        assertThat(page("/pairs/" + scene.pair()).select("#pair-error").text())
                .isEqualTo("Файл больше 10 МБ — ничего не сохранено. Приложите файл поменьше или дайте ссылку на него.");
        assertThat(pairs.get(scene.pair(), UUID.randomUUID(), RegistryScope.EVERYTHING).entryCount()).isZero();
    }

    @Test
    void aFileOverTenMegabytesThroughAReminderLinkBringsTheFormBackWithTheReasonAndLeavesTheLinkUsable() throws Exception {
        Scene scene = fixtures.agreed(PracticeFixtures.planAhead(LocalDate.now(clock)));
        String link = transactions.execute(status -> links.issue(scene.pair().value(), scene.practitioner().personId().value(), clock.instant()));
        byte[] large = new byte[ELEVEN_MEGABYTES];
        System.arraycopy("%PDF".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 4);

        HttpResponse<String> upload = send(entry("/p/" + link + "/journal", null, large));

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/p/" + link + "/journal?refused=tooLarge"));
        URI back = URI.create(upload.headers().firstValue("Location").orElseThrow());
        assertThat(page(back.getRawPath() + "?" + back.getRawQuery()).select("#entry-errors").text())
                .isEqualTo("Файл больше 10 МБ — ничего не сохранено. Приложите файл поменьше или дайте ссылку на него.");
        assertThat(pairs.get(scene.pair(), UUID.randomUUID(), RegistryScope.EVERYTHING).entryCount()).isZero();
    }

    private void signIn(CurrentUser user) throws Exception {
        String token = page("/login").select("input[name=_csrf]").val();
        String form = "username=" + encode(user.getUsername()) + "&password=" + PracticeFixtures.PASSWORD + "&_csrf=" + encode(token);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** The journal form as a browser sends it: the hidden CSRF field, the fields, then the file. */
    private HttpRequest.Builder entry(String path, @Nullable String csrfToken, byte[] content) throws Exception {
        String boundary = "----masterskaya" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<String[]> fields = new ArrayList<>(List.of(new String[] {"kind", "MEETING"}, new String[] {"occurredOn", LocalDate.now(clock).toString()},
                new String[] {"minutes", "45"}));
        if (csrfToken != null) {
            fields.addFirst(new String[] {"_csrf", csrfToken});
        }
        for (String[] field : fields) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
