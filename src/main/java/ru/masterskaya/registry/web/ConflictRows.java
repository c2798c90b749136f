package ru.masterskaya.registry.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.registry.QualificationCategory;

/** The fields where what the user typed differs from what someone else has just saved, as readable text. */
@Component
class ConflictRows {

    record Row(String field, String yours, String current) {}

    private final MessageSource messages;

    ConflictRows(MessageSource messages) {
        this.messages = messages;
    }

    List<Row> between(Object yours, Object current, List<String> fields, Locale locale) {
        BeanWrapperImpl mine = new BeanWrapperImpl(yours);
        BeanWrapperImpl theirs = new BeanWrapperImpl(current);
        return fields.stream()
                .filter(field -> !Objects.equals(blankToNull(mine.getPropertyValue(field)), blankToNull(theirs.getPropertyValue(field))))
                .map(field -> new Row(field, text(mine.getPropertyValue(field), locale), text(theirs.getPropertyValue(field), locale)))
                .toList();
    }

    private String text(@Nullable Object value, Locale locale) {
        return switch (value) {
            case null -> "—";
            case QualificationCategory category -> messages.getMessage(category.messageKey(), null, locale);
            case Boolean flag -> messages.getMessage(flag ? "conflict.yes" : "conflict.no", null, locale);
            case String text when text.isBlank() -> "—";
            default -> value.toString();
        };
    }

    private static @Nullable Object blankToNull(@Nullable Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }
}
