package ru.masterskaya.diagnostics.formsimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Guesses which column of an export holds which question. Forms change the question text a little:
 * Google numbers it («1. »), puts a grid row in brackets («Оцените себя [Я умею …]»), people fix
 * the case, «ё», quotes and spaces. Texts are compared after normalising all of that; the guess is
 * only a pre-filled choice the coordinator checks on the mapping page.
 */
public final class HeaderMatcher {

    /** Below this similarity a column is not offered for a question. */
    static final double THRESHOLD = 0.5;

    private static final Pattern NUMBER_PREFIX = Pattern.compile("^\\s*\\d{1,3}\\s*[.)]\\s*");
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\]]*)]\\s*$");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final List<String> EMAIL_WORDS = List.of("почта", "почты", "e mail", "email", "электронн");
    private static final List<String> TIME_WORDS = List.of("отметка времени", "timestamp", "время", "дата");
    private static final List<String> READY_WORDS = List.of("мастер");

    private HeaderMatcher() {}

    /** Lower case, «ё» as «е», punctuation and runs of spaces as one space, no leading number. */
    public static String normalise(String text) {
        String withoutNumber = NUMBER_PREFIX.matcher(text).replaceFirst("");
        String lower = withoutNumber.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return NOT_WORD.matcher(lower).replaceAll(" ").strip();
    }

    /** How alike a question and a header are, from 0 to 1; a bracketed grid row is compared on its own too. */
    public static double similarity(String question, String header) {
        double best = similarityOfNormalised(normalise(question), normalise(header));
        Matcher bracket = BRACKETS.matcher(header);
        if (bracket.find()) {
            best = Math.max(best, similarityOfNormalised(normalise(question), normalise(bracket.group(1))));
            best = Math.max(best, similarityOfNormalised(normalise(question), normalise(header.substring(0, bracket.start()))));
        }
        return best;
    }

    private static double similarityOfNormalised(String question, String header) {
        if (question.isEmpty() || header.isEmpty()) {
            return 0;
        }
        if (question.equals(header)) {
            return 1;
        }
        if (header.contains(question) || question.contains(header)) {
            double ratio = (double) Math.min(question.length(), header.length()) / Math.max(question.length(), header.length());
            return 0.6 + 0.35 * ratio;
        }
        Set<String> questionWords = words(question);
        Set<String> headerWords = words(header);
        Set<String> common = new HashSet<>(questionWords);
        common.retainAll(headerWords);
        Set<String> all = new HashSet<>(questionWords);
        all.addAll(headerWords);
        return all.isEmpty() ? 0 : 0.9 * common.size() / all.size();
    }

    private static Set<String> words(String normalised) {
        return Arrays.stream(normalised.split(" ")).filter(word -> word.length() > 1).collect(Collectors.toSet());
    }

    /** The column of the respondents' e-mail addresses: «Адрес электронной почты», «E-mail», «Почта». */
    public static Optional<Integer> emailColumn(List<String> headers) {
        return firstContaining(headers, EMAIL_WORDS);
    }

    /** The column of the submission time: Google's «Отметка времени», Яндекс's «Время создания». */
    public static Optional<Integer> timeColumn(List<String> headers) {
        return firstContaining(headers, TIME_WORDS);
    }

    private static Optional<Integer> firstContaining(List<String> headers, List<String> words) {
        return IntStream.range(0, headers.size())
                .filter(column -> words.stream().anyMatch(normalise(headers.get(column))::contains))
                .boxed().findFirst();
    }

    /**
     * For each question the most similar column, each column used once, best pairs first; columns in
     * {@code taken} (e-mail, time) are never offered.
     */
    public static <K> Map<K, Integer> bestColumns(Map<K, String> questions, List<String> headers, Set<Integer> taken) {
        record Pair<K>(K key, int column, double score) {}
        List<Pair<K>> pairs = new ArrayList<>();
        questions.forEach((key, text) -> IntStream.range(0, headers.size())
                .filter(column -> !taken.contains(column))
                .forEach(column -> pairs.add(new Pair<>(key, column, similarity(text, headers.get(column))))));
        pairs.sort(Comparator.comparingDouble((Pair<K> pair) -> pair.score()).reversed().thenComparingInt(Pair::column));
        Map<K, Integer> chosen = new HashMap<>();
        Set<Integer> used = new HashSet<>(taken);
        for (Pair<K> pair : pairs) {
            if (pair.score() >= THRESHOLD && !chosen.containsKey(pair.key()) && !used.contains(pair.column())) {
                chosen.put(pair.key(), pair.column());
                used.add(pair.column());
            }
        }
        return chosen;
    }

    /** For each topic the column «готов быть мастером …» that names it best, or the only such column for a one-topic form. */
    public static <K> Map<K, Integer> readyColumns(Map<K, String> topicNames, List<String> headers, Set<Integer> taken) {
        List<Integer> readyHeaders = IntStream.range(0, headers.size())
                .filter(column -> !taken.contains(column) && READY_WORDS.stream().anyMatch(normalise(headers.get(column))::contains))
                .boxed().toList();
        Map<K, Integer> chosen = new HashMap<>();
        if (readyHeaders.isEmpty()) {
            return chosen;
        }
        if (readyHeaders.size() == 1 && topicNames.size() == 1) {
            chosen.put(topicNames.keySet().iterator().next(), readyHeaders.getFirst());
            return chosen;
        }
        Map<K, String> named = new HashMap<>(topicNames);
        List<String> onlyReady = new ArrayList<>(headers);
        Set<Integer> notReady = new HashSet<>(taken);
        IntStream.range(0, headers.size()).filter(column -> !readyHeaders.contains(column)).forEach(notReady::add);
        bestTopicColumns(named, onlyReady, notReady).forEach(chosen::put);
        return chosen;
    }

    private static <K> Map<K, Integer> bestTopicColumns(Map<K, String> topicNames, List<String> headers, Set<Integer> taken) {
        Map<K, Integer> chosen = new HashMap<>();
        Set<Integer> used = new HashSet<>(taken);
        topicNames.forEach((key, name) -> {
            String topic = normalise(name);
            IntStream.range(0, headers.size()).filter(column -> !used.contains(column))
                    .filter(column -> normalise(headers.get(column)).contains(topic) || similarity(name, headers.get(column)) >= 0.3)
                    .boxed().max(Comparator.comparingDouble(column -> similarity(name, headers.get(column))))
                    .ifPresent(column -> {
                        chosen.put(key, column);
                        used.add(column);
                    });
        });
        return chosen;
    }
}
