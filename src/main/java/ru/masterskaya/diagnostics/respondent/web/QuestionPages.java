package ru.masterskaya.diagnostics.respondent.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.scoring.ScoringSheet;
import ru.masterskaya.diagnostics.scoring.SheetTopic;

/**
 * Splits a version's items into pages that fit a phone: consecutive items of one topic together,
 * at most {@value #ITEMS_PER_PAGE} on a page, so that a page is read without much scrolling.
 */
final class QuestionPages {

    static final int ITEMS_PER_PAGE = 5;

    private final List<List<InstrumentItem>> pages;
    private final Map<UUID, String> topicNames;
    private final int itemCount;

    private QuestionPages(List<List<InstrumentItem>> pages, Map<UUID, String> topicNames, int itemCount) {
        this.pages = pages;
        this.topicNames = topicNames;
        this.itemCount = itemCount;
    }

    static QuestionPages of(InstrumentVersion version, ScoringSheet sheet) {
        List<List<InstrumentItem>> pages = new ArrayList<>();
        List<InstrumentItem> current = new ArrayList<>();
        for (InstrumentItem item : version.getItems()) {
            if (!current.isEmpty() && (current.size() == ITEMS_PER_PAGE || !Objects.equals(current.getFirst().getTopicId(), item.getTopicId()))) {
                pages.add(List.copyOf(current));
                current.clear();
            }
            current.add(item);
        }
        if (!current.isEmpty()) {
            pages.add(List.copyOf(current));
        }
        Map<UUID, String> names = sheet.topics().stream().collect(Collectors.toMap(SheetTopic::topicId, SheetTopic::name));
        return new QuestionPages(List.copyOf(pages), names, version.getItems().size());
    }

    int count() {
        return pages.size();
    }

    Optional<QuestionPage> page(int number) {
        if (number < 1 || number > pages.size()) {
            return Optional.empty();
        }
        List<InstrumentItem> items = pages.get(number - 1);
        UUID topicId = items.getFirst().getTopicId();
        return Optional.of(new QuestionPage(number, pages.size(), items, topicId == null ? null : topicNames.get(topicId), itemCount));
    }

    /** The page that shows the item; the first page when the item is unknown. */
    int pageOf(UUID itemId) {
        for (int index = 0; index < pages.size(); index++) {
            if (pages.get(index).stream().anyMatch(item -> item.getId().equals(itemId))) {
                return index + 1;
            }
        }
        return 1;
    }
}
