package ru.masterskaya.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a lookup by many keys in slices, so that an import of thousands of rows needs a handful of
 * queries without exceeding the bind-parameter limits of the database driver.
 */
final class InClauseChunks {

    static final int SIZE = 1000;

    private InClauseChunks() {}

    static <K, T> List<T> query(Collection<K> keys, Function<List<K>, List<T>> lookup) {
        List<K> all = List.copyOf(keys);
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            found.addAll(lookup.apply(all.subList(from, Math.min(from + SIZE, all.size()))));
        }
        return found;
    }
}
