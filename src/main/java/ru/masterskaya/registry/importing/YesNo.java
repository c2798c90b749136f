package ru.masterskaya.registry.importing;

import java.util.Map;
import java.util.Optional;

/** The «да» / «нет» of the «Работает» column, and what else people write for it. */
public final class YesNo {

    private static final Map<String, Boolean> WORDS = Map.ofEntries(
            Map.entry("да", true), Map.entry("нет", false),
            Map.entry("yes", true), Map.entry("no", false),
            Map.entry("true", true), Map.entry("false", false),
            Map.entry("истина", true), Map.entry("ложь", false),
            Map.entry("1", true), Map.entry("0", false));

    private YesNo() {}

    public static String text(boolean value) {
        return value ? "да" : "нет";
    }

    static Optional<Boolean> parse(String text) {
        return Optional.ofNullable(WORDS.get(Names.key(text)));
    }
}
