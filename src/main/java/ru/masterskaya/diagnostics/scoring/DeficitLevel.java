package ru.masterskaya.diagnostics.scoring;

/** The Р-201 deficit levels: высокий (an individual route), средний (a route or a course), минимальный / нет. */
public enum DeficitLevel {
    HIGH,
    MEDIUM,
    MINIMAL;

    /** Whether the level counts as a need: high and medium deficits do. */
    public boolean isNeed() {
        return this != MINIMAL;
    }

    public String messageKey() {
        return "deficitLevel." + name();
    }
}
