package ru.masterskaya.registry.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Things a file names in words (organisations, municipalities, types), found as {@link Names} compares names. */
final class NameIndex<T> {

    private final Map<String, List<T>> byName = new HashMap<>();

    NameIndex(Collection<T> items, Function<T, List<String>> names) {
        for (T item : items) {
            for (String name : names.apply(item)) {
                List<T> named = byName.computeIfAbsent(Names.key(name), key -> new ArrayList<>());
                if (!named.contains(item)) {
                    named.add(item);
                }
            }
        }
    }

    /** Everything the text may name: none, one, or several when the text is ambiguous. */
    List<T> matches(String text) {
        return byName.getOrDefault(Names.key(text), List.of());
    }
}
