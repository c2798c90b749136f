package ru.masterskaya;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A visitor of the running application through real HTTP, as a browser sends forms: cookies kept,
 * redirects not followed. For what only a real server does, such as the servlet container refusing a
 * file over the upload limit before any controller runs, which MockMvc never reaches.
 */
public final class HttpVisitor {

    private final int port;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public HttpVisitor(int port) {
        this.port = port;
    }

    /** Signs in through the real login form with its CSRF field and asserts the login did not fail. */
    public void signIn(String username, String password) throws IOException, InterruptedException {
        String token = page("/login").select("input[name=_csrf]").val();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    /** The page at the path, asserted to answer 200 and parsed. */
    public Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The full address of a path on the running application, such as {@code /people/import}. */
    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A file form with no fields but the CSRF one; see {@link #multipart(String, String, List, FilePart)}. */
    public HttpRequest.Builder multipart(String path, @Nullable String csrfToken, FilePart file) {
        return multipart(path, csrfToken, List.of(), file);
    }

    /**
     * A POST of a file form as a browser sends it, in multipart/form-data: the hidden CSRF field
     * (left out when the token is null, for a form that has none or sends it in a header), the
     * fields in the given order, then the file. Headers may still be added to the returned request.
     */
    public HttpRequest.Builder multipart(String path, @Nullable String csrfToken, List<Map.Entry<String, String>> fields, FilePart file) {
        String boundary = "----masterskaya" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrfToken != null) {
            body.writeBytes(field(boundary, "_csrf", csrfToken));
        }
        fields.forEach(field -> body.writeBytes(field(boundary, field.getKey(), field.getValue())));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\"" + file.fileName() + "\"\r\n"
                + "Content-Type: " + file.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file.content());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static byte[] field(String boundary, String name, String value) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The one file of a file form: the form field it goes in, the name and type the browser gives it, its bytes. */
    public record FilePart(String field, String fileName, String contentType, byte[] content) {
    }
}
