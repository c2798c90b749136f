package ru.masterskaya.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.MasterskayaApplication;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.MunicipalityRepository;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.OrganisationParameters;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonManagement;
import ru.masterskaya.registry.PersonParameters;
import ru.masterskaya.registry.QualificationCategory;
import ru.masterskaya.registry.Region;
import ru.masterskaya.registry.RegionRepository;
import ru.masterskaya.registry.RegistryScope;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.ScopedRole;
import ru.masterskaya.registry.account.Account;
import ru.masterskaya.registry.account.AccountRepository;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: a user who logs in on one
 * node is recognised by the other, because the session lives in the database.
 */
class TwoNodesIntegrationTest {

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final String EMAIL = "two-nodes-" + UUID.randomUUID() + "@example.ru";
    static final String PASSWORD = "a-long-enough-password";

    @BeforeAll
    static void startTwoNodes() {
        nodeA = node();
        nodeB = node();
        registerTeacherWithAccount(nodeA);
    }

    @AfterAll
    static void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void userLoggedInOnOneNodeIsRecognisedByTheOther() throws Exception {
        String session = logIn(port(nodeA));

        HttpResponse<String> profile = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port(nodeB) + "/profile")).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("Двухузлова Дарья");
    }

    @Test
    void sessionUnknownToTheDatabaseIsNotRecognisedByAnyNode() throws Exception {
        HttpResponse<String> profile = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port(nodeB) + "/profile"))
                        .header("Cookie", "SESSION=" + UUID.randomUUID()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(profile.statusCode()).isEqualTo(302);
        assertThat(profile.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    private static String logIn(int port) throws Exception {
        HttpResponse<String> loginPage = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String anonymousSession = sessionCookie(loginPage);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> loggedIn = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", anonymousSession)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        String authenticatedSession = sessionCookie(loggedIn);
        assertThat(authenticatedSession).as("a new session id after login").isNotEqualTo(anonymousSession);
        return authenticatedSession;
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst().orElseThrow();
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(MasterskayaApplication.class)
                .profiles("test")
                .properties("server.port=0", "spring.datasource.url=" + System.getProperty("masterskaya.test.db.url", "jdbc:postgresql://127.0.0.1:5432/test"))
                .run();
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static void registerTeacherWithAccount(ConfigurableApplicationContext node) {
        node.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            Region region = node.getBean(RegionRepository.class).save(new Region("Регион " + UUID.randomUUID()));
            Municipality town = node.getBean(MunicipalityRepository.class).save(new Municipality(region, "Округ двух узлов"));
            Organisation school = node.getBean(OrganisationManagement.class).register(
                    new OrganisationParameters(town.getId(), "SCHOOL", "Школа двух узлов", "Школа двух узлов", null, null),
                    RegistryScope.EVERYTHING, "test");
            Person teacher = node.getBean(PersonManagement.class).register(
                    new PersonParameters(school.getId(), "Двухузлова", "Дарья", null, EMAIL, null, "учитель", null,
                            QualificationCategory.NONE, 2020, 1995, true),
                    RegistryScope.EVERYTHING, "test");
            Account account = new Account(teacher, Instant.now());
            account.setPasswordHash(node.getBean(PasswordEncoder.class).encode(PASSWORD));
            account.grant(ScopedRole.unscoped(Role.PRACTITIONER));
            node.getBean(AccountRepository.class).save(account);
        });
    }
}
