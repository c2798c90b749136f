package ru.masterskaya.diagnostics.respondent.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;

/**
 * One short page of the form: a few items of one topic. {@code topicName} is null for free-text
 * wishes that belong to no topic.
 */
public record QuestionPage(int number, int pageCount, List<InstrumentItem> items, @Nullable String topicName, int itemCount) {

    public int firstPosition() {
        return items.getFirst().getPosition();
    }

    public int lastPosition() {
        return items.getLast().getPosition();
    }

    public boolean isLast() {
        return number == pageCount;
    }
}
