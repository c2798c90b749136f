package ru.masterskaya.diagnostics.instrument.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.RegistryFixtures;

/** The servlet container enforces the upload limit before any controller, which MockMvc skips; so this goes through a real server. */
@MasterskayaIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(DiagnosticsFixtures.class)
class InstrumentUploadLimitIntegrationTest {

    private static final int ELEVEN_MEGABYTES = 11 * 1024 * 1024;
    private static final String TOO_LARGE = "Файл больше 10 МБ: в инструменте столько вопросов не бывает, проверьте, тот ли это файл.";

    @LocalServerPort
    int port;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    DiagnosticsFixtures diagnostics;

    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aFileOverTenMegabytesForANewInstrumentSendsTheCoordinatorBackToTheImportPageWithTheReason() throws Exception {
        signInAsCoordinator();

        assertSentBackWithTheReason("/instruments/import");
    }

    @Test
    void aFileOverTenMegabytesForAnExistingInstrumentSendsTheCoordinatorBackToItsImportPageWithTheReason() throws Exception {
        UUID instrument = diagnostics.smallInstrument().getInstrument().getId();
        signInAsCoordinator();

        assertSentBackWithTheReason("/instruments/" + instrument + "/import");
    }

    private void assertSentBackWithTheReason(String importPage) throws Exception {
        String token = page(importPage).select("form[enctype=multipart/form-data] input[name=_csrf]").val();

        HttpResponse<String> upload = send(multipart(importPage, token, new byte[ELEVEN_MEGABYTES]));

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith(importPage));
        assertThat(page(importPage).select("#import-errors li").eachText()).containsExactly(TOO_LARGE);
    }

    private void signInAsCoordinator() throws Exception {
        Municipality municipality = registry.municipality();
        CurrentUser coordinator = registry.coordinatorOf(municipality, registry.school(municipality));
        String token = page("/login").select("input[name=_csrf]").val();
        String form = "username=" + encode(coordinator.getUsername()) + "&password=secret-password&_csrf=" + encode(token);
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

    /** The import form as a browser sends it: the hidden CSRF field, then the file. */
    private HttpRequest.Builder multipart(String path, String csrfToken, byte[] content) throws Exception {
        String boundary = "----masterskaya" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8));
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
