package ru.masterskaya.diagnostics.instrument.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
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

    HttpVisitor visitor;

    @BeforeEach
    void visitTheServer() {
        visitor = new HttpVisitor(port);
    }

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
        String token = visitor.page(importPage).select("form[enctype=multipart/form-data] input[name=_csrf]").val();
        FilePart workbook = new FilePart("file", "big.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[ELEVEN_MEGABYTES]);

        HttpResponse<String> upload = visitor.send(visitor.multipart(importPage, token, workbook));

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith(importPage));
        assertThat(visitor.page(importPage).select("#import-errors li").eachText()).containsExactly(TOO_LARGE);
    }

    private void signInAsCoordinator() throws Exception {
        Municipality municipality = registry.municipality();
        CurrentUser coordinator = registry.coordinatorOf(municipality, registry.school(municipality));
        visitor.signIn(coordinator.getUsername(), "secret-password");
    }
}
