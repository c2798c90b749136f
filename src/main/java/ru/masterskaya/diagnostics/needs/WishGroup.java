package ru.masterskaya.diagnostics.needs;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.SearchText;

/** The free-text wishes that fall under one topic (or under none), as the respondents wrote them. */
public record WishGroup(@Nullable UUID topicId, @Nullable String topicName, List<String> wishes) {

    /** One wording and how many respondents wrote it, ignoring case, «ё» and the final full stop. */
    public record RepeatedWish(String text, int count) {}

    public boolean hasTopic() {
        return topicId != null;
    }

    /** The wishes with repeats folded together, the most frequent first, so a page lists each wording once. */
    public List<RepeatedWish> repeated() {
        Map<String, String> firstWording = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String wish : wishes) {
            String key = SearchText.normalize(wish.strip().replaceAll("[.!…\\s]+$", ""));
            firstWording.putIfAbsent(key, wish.strip());
            counts.merge(key, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .map(entry -> new RepeatedWish(firstWording.get(entry.getKey()), entry.getValue()))
                .sorted(Comparator.comparingInt(RepeatedWish::count).reversed())
                .toList();
    }
}
