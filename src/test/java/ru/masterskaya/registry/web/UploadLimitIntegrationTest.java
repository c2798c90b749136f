package ru.masterskaya.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.RegistryFixtures;

/**
 * The upload limit is enforced by the servlet container before any controller runs, which MockMvc
 * does not do; so this test signs in and uploads through a real server, as a browser would.
 */
@MasterskayaIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UploadLimitIntegrationTest {

    private static final int ELEVEN_MEGABYTES = 11 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    RegistryFixtures registry;

    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aFileOverTheLimitSendsTheUserBackToTheImportPageWithTheReason() throws Exception {
        CurrentUser deputy = registry.deputyOf(registry.school(registry.municipality()));
        signIn(deputy);
        Document page = page("/people/import");
        String action = page.select("form[enctype=multipart/form-data]").attr("action");
        String token = page.select("form[enctype=multipart/form-data] input[name=_csrf]").val();

        HttpResponse<String> upload = send(multipart(action, token, new byte[ELEVEN_MEGABYTES]));

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/people/import"));
        assertThat(page("/people/import").select("#import-errors li").eachText())
                .containsExactly("Файл больше 10 МБ. Разделите его на несколько файлов и загрузите их по очереди.");
    }

    @Test
    void aFileOverTheLimitSentWithTheTokenInAHeaderIsAnsweredTheSameWay() throws Exception {
        CurrentUser deputy = registry.deputyOf(registry.school(registry.municipality()));
        signIn(deputy);
        Document page = page("/people/import");
        String header = page.select("meta[name=_csrf_header]").attr("content");
        String token = page.select("meta[name=_csrf]").attr("content");

        HttpResponse<String> upload = send(multipart("/people/import", null, new byte[ELEVEN_MEGABYTES]).header(header, token));

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/people/import"));
        assertThat(page("/people/import").select("#import-errors li").eachText())
                .containsExactly("Файл больше 10 МБ. Разделите его на несколько файлов и загрузите их по очереди.");
    }

    @Test
    void aFileWithinTheLimitIsChecked() throws Exception {
        CurrentUser deputy = registry.deputyOf(registry.school(registry.municipality()));
        signIn(deputy);
        Document page = page("/people/import");
        String action = page.select("form[enctype=multipart/form-data]").attr("action");
        String token = page.select("form[enctype=multipart/form-data] input[name=_csrf]").val();

        HttpResponse<String> upload = send(multipart(action, token, "не таблица".getBytes(StandardCharsets.UTF_8)));

        assertThat(upload.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(upload.body()).select("#import-errors li").text()).startsWith("Файл «big.xlsx» — не книга Excel");
    }

    private void signIn(CurrentUser user) throws Exception {
        String token = page("/login").select("input[name=_csrf]").val();
        String form = "username=" + encode(user.getUsername()) + "&password=secret-password&_csrf=" + encode(token);
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

    /** The import form as a browser sends it: the hidden CSRF field (unless null), then the file. */
    private HttpRequest.Builder multipart(String path, @Nullable String csrfToken, byte[] content) throws IOException {
        String boundary = "----masterskaya" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrfToken != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
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
