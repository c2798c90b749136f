package ru.masterskaya.diagnostics;

import java.util.List;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.SearchText;

/**
 * Which topics to list: one block or all, active ones, inactive ones or both, and the words the
 * name must contain (case and «ё»/«е» ignored).
 */
public record TopicFilter(@Nullable TopicBlock block, @Nullable Boolean active, @Nullable String query) {

    public static final TopicFilter ACTIVE = new TopicFilter(null, true, null);
    public static final TopicFilter ALL = new TopicFilter(null, null, null);

    boolean matches(Topic topic) {
        return (block == null || topic.getBlock() == block)
                && (active == null || topic.isActive() == active)
                && containsAllWords(topic.getName());
    }

    private boolean containsAllWords(String name) {
        String normalized = SearchText.normalize(name);
        List<String> words = SearchText.words(query == null ? "" : query);
        return words.stream().allMatch(normalized::contains);
    }
}
