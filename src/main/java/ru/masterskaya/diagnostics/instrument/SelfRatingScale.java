package ru.masterskaya.diagnostics.instrument;

import java.util.stream.IntStream;
import java.util.List;

/**
 * The five levels of a self-rating item, from «не владею» (0) to «могу научить других» (4). The
 * labels live in the message bundle under {@code selfRating.N}; the level is the item's score.
 */
public final class SelfRatingScale {

    public static final int LOWEST = 0;
    public static final int HIGHEST = 4;

    private SelfRatingScale() {}

    public static List<Integer> levels() {
        return IntStream.rangeClosed(LOWEST, HIGHEST).boxed().toList();
    }

    public static boolean isLevel(int value) {
        return value >= LOWEST && value <= HIGHEST;
    }

    public static String messageKey(int level) {
        return "selfRating." + level;
    }
}
