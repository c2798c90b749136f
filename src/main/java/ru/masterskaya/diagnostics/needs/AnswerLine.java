package ru.masterskaya.diagnostics.needs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.ItemKind;
import ru.masterskaya.diagnostics.instrument.ItemOption;
import ru.masterskaya.diagnostics.scoring.ScoringSheet;
import ru.masterskaya.diagnostics.scoring.SheetTopic;

/**
 * One raw answer as a reader sees it: the item's number and question, the topic, and what was
 * given — the level of a self-rating scale ({@code selfRating.N}), the chosen options' texts or the
 * written text — with the score it earned.
 */
public record AnswerLine(int number, String question, @Nullable String topicName, ItemKind kind, @Nullable Integer level,
        List<String> chosen, @Nullable String text, @Nullable Integer score) {

    public boolean answered() {
        return level != null || !chosen.isEmpty() || text != null;
    }

    /** Every item of the sheet in order, with the answer given to it, if any. */
    public static List<AnswerLine> of(ScoringSheet sheet, Map<UUID, AnswerValue> answers) {
        Map<UUID, String> topicNames = new HashMap<>();
        for (SheetTopic topic : sheet.topics()) {
            topicNames.put(topic.topicId(), topic.name());
        }
        List<InstrumentItem> items = sheet.items();
        java.util.ArrayList<AnswerLine> lines = new java.util.ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            InstrumentItem item = items.get(index);
            lines.add(line(index + 1, item, item.getTopicId() == null ? null : topicNames.get(item.getTopicId()), answers.get(item.getId())));
        }
        return List.copyOf(lines);
    }

    static AnswerLine line(int number, InstrumentItem item, @Nullable String topicName, @Nullable AnswerValue answer) {
        if (answer == null || answer.isEmpty()) {
            return new AnswerLine(number, item.getText(), topicName, item.getKind(), null, List.of(), null, null);
        }
        List<ItemOption> options = item.getOptions();
        return switch (item.getKind()) {
            case SELF_RATING -> new AnswerLine(number, item.getText(), topicName, item.getKind(), answer.choice().getFirst(), List.of(), null,
                    item.scoreOf(answer));
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> new AnswerLine(number, item.getText(), topicName, item.getKind(), null,
                    answer.choice().stream().filter(choice -> choice >= 1 && choice <= options.size())
                            .map(choice -> options.get(choice - 1).getText()).toList(),
                    null, item.scoreOf(answer));
            case FREE_TEXT -> new AnswerLine(number, item.getText(), topicName, item.getKind(), null, List.of(), answer.text(), null);
        };
    }
}
