package ru.masterskaya.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.masterskaya.RunningNode;
import ru.masterskaya.registry.NodeAccounts;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: a user who logs in on one
 * node is recognised by the other, because the session lives in the database.
 */
class TwoNodesIntegrationTest {

    static RunningNode nodeA;
    static RunningNode nodeB;
    static String email;

    @BeforeAll
    static void startTwoNodes() {
        nodeA = RunningNode.start();
        nodeB = RunningNode.start();
        email = NodeAccounts.teacherWithAccount(nodeA, "Двухузлова", NodeAccounts.PASSWORD);
    }

    @AfterAll
    static void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void userLoggedInOnOneNodeIsRecognisedByTheOther() throws Exception {
        String session = nodeA.logIn(email, NodeAccounts.PASSWORD);

        HttpResponse<String> profile = nodeB.get("/profile", session);

        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("Двухузлова Дарья");
    }

    @Test
    void sessionCookieIsHiddenFromScriptsAndNotSentFromOtherSites() throws Exception {
        HttpResponse<String> loginPage = nodeA.get("/login", null);

        assertThat(loginPage.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("SESSION="))
                .singleElement().asString()
                .contains("HttpOnly", "SameSite=Lax", "Path=/");
    }

    @Test
    void sessionUnknownToTheDatabaseIsNotRecognisedByAnyNode() throws Exception {
        HttpResponse<String> profile = nodeB.get("/profile", "SESSION=" + UUID.randomUUID());

        assertThat(profile.statusCode()).isEqualTo(302);
        assertThat(profile.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }
}
