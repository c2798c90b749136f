package ru.masterskaya.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.masterskaya.RunningNode;
import ru.masterskaya.registry.NodeAccounts;

/** Error pages as a browser gets them from the server: in Russian, with the right status, without internals. */
class ErrorPagesIntegrationTest {

    static RunningNode node;
    static String teacherSession;

    @BeforeAll
    static void startNodeAndLogInAsTeacher() throws Exception {
        node = RunningNode.start();
        String email = NodeAccounts.teacherWithAccount(node, "Ошибкина", NodeAccounts.PASSWORD);
        teacherSession = node.logIn(email, NodeAccounts.PASSWORD);
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Test
    void forbiddenPageSaysSoInRussian() throws Exception {
        HttpResponse<String> response = node.get("/admin/accounts", teacherSession);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Нет доступа", "lang=\"ru\"").doesNotContain("Exception", "at ru.");
    }

    @Test
    void missingPageSaysSoInRussian() throws Exception {
        HttpResponse<String> response = node.get("/no-such-page", teacherSession);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Страница не найдена");
    }

    @Test
    void malformedIdentifierIsABadRequestNotAServerError() throws Exception {
        HttpResponse<String> response = node.get("/profile?lang=en", teacherSession);
        assertThat(response.statusCode()).isEqualTo(200);

        HttpResponse<String> malformed = node.get("/people/not-a-uuid", teacherSession);
        assertThat(malformed.statusCode()).isIn(400, 403);
        assertThat(malformed.body()).doesNotContain("Exception");
    }

    @Test
    void errorPagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = node.get("/no-such-page", teacherSession);

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
