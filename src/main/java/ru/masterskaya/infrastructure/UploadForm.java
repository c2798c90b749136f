package ru.masterskaya.infrastructure;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form that takes files, registered as a bean by the module that owns it. Tomcat refuses a file over the
 * upload limit as soon as anything reads a request parameter, and Spring Security's CSRF check does so before
 * any controller runs; so the infrastructure's filter, wrapped around Spring Security, answers for every
 * registered form: it sends the user back to the form's page with the reason instead of an error page.
 *
 * @param address the paths the form posts to, without the context path; its groups build {@code backTo}
 * @param backTo the page to send the user back to, from the matched path, with an anchor if the form is further down
 * @param reason how the reason travels to that page
 */
public record UploadForm(Pattern address, Function<MatchResult, String> backTo, Reason reason) {

    /** A form of a page in a session: the reason travels to the page as a flash attribute. */
    public static UploadForm withFlashAttribute(String address, Function<MatchResult, String> backTo, String attribute,
            Function<Locale, Object> value) {
        return new UploadForm(Pattern.compile(address), backTo, new FlashAttribute(attribute, value));
    }

    /**
     * A form on a stateless chain, such as a personal link: no session carries a flash attribute, so the reason
     * travels as a query parameter; and no CSRF field makes Spring Security read the form, so the filter reads it.
     */
    public static UploadForm stateless(String address, Function<MatchResult, String> backTo, String parameter, String value) {
        return new UploadForm(Pattern.compile(address), backTo, new QueryParameter(parameter, value));
    }

    /** The page to send the user back to, if this form posts to the path. */
    public Optional<String> backFrom(String path) {
        Matcher posted = address.matcher(path);
        return posted.matches() ? Optional.of(backTo.apply(posted)) : Optional.empty();
    }

    /** Whether the form lives on a stateless chain, so nothing reads it before its controller. */
    public boolean stateless() {
        return reason instanceof QueryParameter;
    }

    /** How the reason travels to the page the user is sent back to. */
    public sealed interface Reason permits FlashAttribute, QueryParameter {}

    /** A flash attribute whose value, in the user's language, the page shows. */
    public record FlashAttribute(String name, Function<Locale, Object> value) implements Reason {}

    /** A query parameter the page reads. */
    public record QueryParameter(String name, String value) implements Reason {}
}
