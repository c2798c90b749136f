package ru.masterskaya.registry.importing;

import ru.masterskaya.registry.SearchText;

/**
 * Names as an import compares them: {@link SearchText} rules (case, «ё», spaces) plus one kind of
 * quotation marks, since «Ромашка» and "Ромашка" are typed for the same kindergarten.
 */
final class Names {

    private Names() {}

    static String key(String name) {
        return SearchText.normalize(name.replaceAll("[«»“”„\"']", "\""));
    }
}
