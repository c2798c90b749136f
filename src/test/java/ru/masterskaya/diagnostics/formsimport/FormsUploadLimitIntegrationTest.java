package ru.masterskaya.diagnostics.formsimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import ru.masterskaya.HttpVisitor;
import ru.masterskaya.HttpVisitor.FilePart;
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

    HttpVisitor visitor;

    @BeforeEach
    void visitTheServer() {
        visitor = new HttpVisitor(port);
    }

    @Test
    void aFileOverTenMegabytesSendsTheCoordinatorBackToTheUploadPageWithTheReason() throws Exception {
        Municipality municipality = registry.municipality();
        Organisation school = registry.school(municipality);
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(registry.teacher(school, "Иванова", "Ирина")));
        CurrentUser coordinator = registry.coordinatorOf(municipality, school);
        visitor.signIn(coordinator.getUsername(), "secret-password");
        String uploadPage = "/campaigns/" + campaign.getId() + "/import-responses";
        String token = visitor.page(uploadPage).select("form[enctype=multipart/form-data] input[name=_csrf]").val();

        HttpResponse<String> upload = visitor.send(visitor.multipart(uploadPage, token, new FilePart("file", "big.csv", "text/csv", new byte[11 * 1024 * 1024])));

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith(uploadPage));
        assertThat(visitor.page(uploadPage).select("#import-errors li").eachText())
                .containsExactly("Файл больше 10 МБ. Разделите ответы на несколько файлов.");
    }
}
