package ru.masterskaya.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import ru.masterskaya.infrastructure.UploadForm;

/** The upload limit filter, met with Tomcat's refusal as it comes from whoever reads the form first. */
class UploadLimitFilterTest {

    static final IllegalStateException REFUSED = new IllegalStateException(new FileSizeLimitExceededException("too large", 11, 10));
    static final FilterChain REFUSING_CHAIN = (request, response) -> {
        throw REFUSED;
    };

    final SessionFlashMapManager flashMaps = new SessionFlashMapManager();
    final UploadLimitFilter filter = new UploadLimitFilter(List.of(
            UploadForm.withFlashAttribute("^/things/([a-z]+)/files$", address -> "/things/" + address.group(1) + "#files", "errors",
                    locale -> List.of("too large in " + locale.getLanguage())),
            UploadForm.stateless("^/l/([a-z]+)/form$", address -> "/l/" + address.group(1) + "/form", "refused", "tooLarge")),
            flashMaps, new FixedLocaleResolver(Locale.ENGLISH));

    @Test
    void aFileOverTheLimitGoesBackToTheFormsPageAndAnchorWithTheReasonAsAFlashAttributeForThatPage() throws Exception {
        MockHttpServletRequest request = post("/things/box/files");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, REFUSING_CHAIN);

        assertThat(response.getRedirectedUrl()).isEqualTo("/things/box#files");
        assertThat(flashOn("/things/box", request)).containsExactly(Map.entry("errors", List.of("too large in en")));
    }

    @Test
    void aStatelessFormIsReadBeforeTheChainAndTheReasonTravelsInTheAddress() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/l/token/form") {
            @Override
            public Map<String, String[]> getParameterMap() {
                throw REFUSED;
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("the chain must not run");
        });

        assertThat(response.getRedirectedUrl()).isEqualTo("/l/token/form?refused=tooLarge");
        assertThat(request.getSession(false)).isNull();
    }

    @Test
    void otherFailuresOfAFormAreLeftToTheErrorPage() {
        IllegalStateException other = new IllegalStateException("something else");

        assertThatThrownBy(() -> filter.doFilter(post("/things/box/files"), new MockHttpServletResponse(), (request, response) -> {
            throw other;
        })).isSameAs(other);
    }

    @Test
    void aRefusalAfterTheAnswerBeganIsLeftToTheContainer() {
        MockHttpServletResponse committed = new MockHttpServletResponse();
        committed.setCommitted(true);

        assertThatThrownBy(() -> filter.doFilter(post("/things/box/files"), committed, REFUSING_CHAIN)).isSameAs(REFUSED);
    }

    @Test
    void addressesOfNoRegisteredFormAreLeftAlone() {
        assertThatThrownBy(() -> filter.doFilter(post("/things/box/other"), new MockHttpServletResponse(), REFUSING_CHAIN)).isSameAs(REFUSED);
    }

    private static MockHttpServletRequest post(String path) {
        return new MockHttpServletRequest("POST", path);
    }

    /** What a flash attribute brings to the next request in the same session, on that page. */
    private @Nullable Map<String, Object> flashOn(String page, MockHttpServletRequest before) {
        MockHttpServletRequest next = new MockHttpServletRequest("GET", page);
        next.setSession(before.getSession());
        return flashMaps.retrieveAndUpdate(next, new MockHttpServletResponse());
    }
}
