package ru.masterskaya.diagnostics.scoring;

/**
 * Where the deficit levels start, in percent of the maximum. Р-201: below 61 % a high deficit,
 * 61–80 % a medium one, 81–100 % a minimal one or none.
 */
public record Thresholds(int mediumFrom, int minimalFrom) {

    public static final Thresholds R201 = new Thresholds(61, 81);

    public Thresholds {
        if (mediumFrom < 1 || minimalFrom <= mediumFrom || minimalFrom > 100) {
            throw new IllegalArgumentException("Thresholds must grow within 1..100: " + mediumFrom + ", " + minimalFrom);
        }
    }

    public static boolean areValid(int mediumFrom, int minimalFrom) {
        return mediumFrom >= 1 && minimalFrom > mediumFrom && minimalFrom <= 100;
    }

    public DeficitLevel levelOf(int percent) {
        if (percent < mediumFrom) {
            return DeficitLevel.HIGH;
        }
        return percent < minimalFrom ? DeficitLevel.MEDIUM : DeficitLevel.MINIMAL;
    }
}
