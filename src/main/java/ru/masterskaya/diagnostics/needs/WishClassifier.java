package ru.masterskaya.diagnostics.needs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Puts a free-text wish («хочу научиться проводить хакатоны») under the catalogue topic whose name
 * and description share the most word stems with it. Lucene's Russian analyser removes stop words
 * and stems («хакатоны» and «хакатон» both become «хакатон»), and the words every wish is made of
 * («хочу», «научиться», «узнать») are dropped as well. A tie goes to the topic whose own words the
 * wish covers best, then to the earlier topic; a wish that shares no stem stays without a topic.
 */
public final class WishClassifier {

    /** A topic as the classifier sees it. */
    public record CatalogueTopic(UUID id, String name, @Nullable String description) {}

    private static final List<String> WISH_WORDS = List.of("хочу", "хотела", "хотел", "хотелось", "бы", "научиться", "научится",
            "узнать", "освоить", "изучить", "понять", "научите", "умение", "уметь", "больше", "новые", "новое", "новых",
            "подробнее", "лучше", "как", "также", "тема", "темы", "вопрос", "вопросы");

    private final Analyzer analyzer = new RussianAnalyzer();
    private final Set<String> wishStems;
    private final List<UUID> ids = new ArrayList<>();
    private final List<Set<String>> stems = new ArrayList<>();

    public WishClassifier(List<CatalogueTopic> topics) {
        Set<String> filler = new HashSet<>();
        WISH_WORDS.forEach(word -> filler.addAll(stemsOf(word)));
        this.wishStems = Set.copyOf(filler);
        for (CatalogueTopic topic : topics) {
            ids.add(topic.id());
            stems.add(stemsOf(topic.name() + " " + (topic.description() == null ? "" : topic.description())));
        }
    }

    /** The topic the wish is most about, or empty when it shares no word stem with any. */
    public Optional<UUID> classify(String wish) {
        Set<String> words = stemsOf(wish);
        words.removeAll(wishStems);
        int bestShared = 0;
        double bestCoverage = 0;
        UUID best = null;
        for (int index = 0; index < ids.size(); index++) {
            Set<String> topicStems = stems.get(index);
            int shared = 0;
            for (String word : words) {
                if (topicStems.contains(word)) {
                    shared++;
                }
            }
            double coverage = topicStems.isEmpty() ? 0 : (double) shared / topicStems.size();
            if (shared > bestShared || (shared == bestShared && shared > 0 && coverage > bestCoverage)) {
                bestShared = shared;
                bestCoverage = coverage;
                best = ids.get(index);
            }
        }
        return Optional.ofNullable(best);
    }

    Set<String> stemsOf(String text) {
        Set<String> found = new HashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text.replace('ё', 'е').replace('Ё', 'Е'))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() > 1) {
                    found.add(term.toString());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
