package ru.masterskaya.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.masterskaya.HttpVisitor;
import ru.masterskaya.HttpVisitor.FilePart;
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

    HttpVisitor visitor;

    @BeforeEach
    void visitTheServer() {
        visitor = new HttpVisitor(port);
    }

    @Test
    void aFileOverTheLimitSendsTheUserBackToTheImportPageWithTheReason() throws Exception {
        CurrentUser deputy = registry.deputyOf(registry.school(registry.municipality()));
        visitor.signIn(deputy.getUsername(), "secret-password");
        Document page = visitor.page("/people/import");
        String action = page.select("form[enctype=multipart/form-data]").attr("action");
        String token = page.select("form[enctype=multipart/form-data] input[name=_csrf]").val();

        HttpResponse<String> upload = visitor.send(visitor.multipart(action, token, workbook(new byte[ELEVEN_MEGABYTES])));

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/people/import"));
        assertThat(visitor.page("/people/import").select("#import-errors li").eachText())
                .containsExactly("Файл больше 10 МБ. Разделите его на несколько файлов и загрузите их по очереди.");
    }

    @Test
    void aFileOverTheLimitSentWithTheTokenInAHeaderIsAnsweredTheSameWay() throws Exception {
        CurrentUser deputy = registry.deputyOf(registry.school(registry.municipality()));
        visitor.signIn(deputy.getUsername(), "secret-password");
        Document page = visitor.page("/people/import");
        String header = page.select("meta[name=_csrf_header]").attr("content");
        String token = page.select("meta[name=_csrf]").attr("content");

        HttpResponse<String> upload = visitor.send(visitor.multipart("/people/import", null, workbook(new byte[ELEVEN_MEGABYTES])).header(header, token));

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/people/import"));
        assertThat(visitor.page("/people/import").select("#import-errors li").eachText())
                .containsExactly("Файл больше 10 МБ. Разделите его на несколько файлов и загрузите их по очереди.");
    }

    @Test
    void aFileWithinTheLimitIsChecked() throws Exception {
        CurrentUser deputy = registry.deputyOf(registry.school(registry.municipality()));
        visitor.signIn(deputy.getUsername(), "secret-password");
        Document page = visitor.page("/people/import");
        String action = page.select("form[enctype=multipart/form-data]").attr("action");
        String token = page.select("form[enctype=multipart/form-data] input[name=_csrf]").val();

        HttpResponse<String> upload = visitor.send(visitor.multipart(action, token, workbook("не таблица".getBytes(StandardCharsets.UTF_8))));

        assertThat(upload.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(upload.body()).select("#import-errors li").text()).startsWith("Файл «big.xlsx» — не книга Excel");
    }

    private static FilePart workbook(byte[] content) {
        return new FilePart("file", "big.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
    }
}
