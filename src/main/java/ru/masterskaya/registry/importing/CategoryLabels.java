package ru.masterskaya.registry.importing;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.registry.QualificationCategory;

/**
 * Qualification categories as files write them: the Russian labels of the interface, in any case,
 * with «ё» or «е» and any dash. The English labels, the codes and the common «СЗД» are understood too.
 */
@Component
public class CategoryLabels {

    static final Locale RUSSIAN = Locale.of("ru");

    private final Map<QualificationCategory, String> russian = new EnumMap<>(QualificationCategory.class);
    private final Map<String, QualificationCategory> byText = new HashMap<>();

    public CategoryLabels(MessageSource messages) {
        for (QualificationCategory category : QualificationCategory.values()) {
            String label = messages.getMessage(category.messageKey(), null, RUSSIAN);
            russian.put(category, label);
            byText.put(key(label), category);
            byText.put(key(messages.getMessage(category.messageKey(), null, Locale.ENGLISH)), category);
            byText.put(key(category.name()), category);
        }
        byText.put(key("СЗД"), QualificationCategory.CORRESPONDENCE);
    }

    public String russian(QualificationCategory category) {
        return russian.get(category);
    }

    /** All Russian labels in the order of the categories, for the template's reference sheet. */
    public List<String> russianLabels() {
        return Arrays.stream(QualificationCategory.values()).map(russian::get).toList();
    }

    public Optional<QualificationCategory> parse(String text) {
        return Optional.ofNullable(byText.get(key(text)));
    }

    private static String key(String text) {
        return Names.key(text).replaceAll("\\s*[-‐‑‒–—]\\s*", "-");
    }
}
