package ru.masterskaya.diagnostics.formsimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;

/** The servlet container enforces the upload limit before any controller, which MockMvc skips; so this goes through a real server. */
@MasterskayaIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(DiagnosticsFixtures.class)
class FormsUploadLimitIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    DiagnosticsFixtures diagnostics;

    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aFileOverTenMegabytesSendsTheCoordinatorBackToTheUploadPageWithTheReason() throws Exception {
        Municipality municipality = registry.municipality();
        Organisation school = registry.school(municipality);
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(registry.teacher(school, "Иванова", "Ирина")));
        CurrentUser coordinator = registry.coordinatorOf(municipality, school);
        signIn(coordinator);
        String uploadPage = "/campaigns/" + campaign.getId() + "/import-responses";
        String token = page(uploadPage).select("form[enctype=multipart/form-data] input[name=_csrf]").val();

        HttpResponse<String> upload = send(multipart(uploadPage, token, new byte[11 * 1024 * 1024]));

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith(uploadPage));
        assertThat(page(uploadPage).select("#import-errors li").eachText())
                .containsExactly("Файл больше 10 МБ. Разделите ответы на несколько файлов.");
    }

    private void signIn(CurrentUser user) throws Exception {
        String token = page("/login").select("input[name=_csrf]").val();
        String form = "username=" + encode(user.getUsername()) + "&password=secret-password&_csrf=" + encode(token);
        send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private HttpRequest.Builder multipart(String path, String csrfToken, byte[] content) throws Exception {
        String boundary = "----masterskaya" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
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
