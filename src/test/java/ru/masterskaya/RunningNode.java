package ru.masterskaya;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application node listening on a free port, on the test PostgreSQL, spoken to over real HTTP
 * (error pages, cookies and redirects as a browser sees them, which MockMvc does not render).
 */
public final class RunningNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final ConfigurableApplicationContext context;

    private RunningNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static RunningNode start() {
        return new RunningNode(new SpringApplicationBuilder(MasterskayaApplication.class)
                .profiles("test")
                .properties("server.port=0",
                        "spring.datasource.url=" + System.getProperty("masterskaya.test.db.url", "jdbc:postgresql://127.0.0.1:5432/test"))
                .run());
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Logs in through the real form and returns the session cookie ({@code SESSION=…}). */
    public String logIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> loginPage = get("/login", null);
        String anonymousSession = sessionCookie(loginPage);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> loggedIn = HTTP.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", anonymousSession)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        String session = sessionCookie(loggedIn);
        assertThat(session).as("a new session id after login").isNotEqualTo(anonymousSession);
        return session;
    }

    public HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port() + path);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        context.close();
    }
}
