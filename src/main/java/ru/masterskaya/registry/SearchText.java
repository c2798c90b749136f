package ru.masterskaya.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Text as it is compared in searches: lower case, «ё» read as «е», single spaces. People type
 * «Семенов» for «Семёнов» and the other way round; both must find the same person.
 */
public final class SearchText {

    private static final Locale RUSSIAN = Locale.of("ru");

    private SearchText() {}

    public static String normalize(String text) {
        return text.toLowerCase(RUSSIAN).replace('ё', 'е').replaceAll("\\s+", " ").strip();
    }

    /** The words of a query, each of which must occur in a match. */
    public static List<String> words(String query) {
        String normalized = normalize(query);
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
    }
}
