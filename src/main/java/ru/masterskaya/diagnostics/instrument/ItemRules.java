package ru.masterskaya.diagnostics.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rules an item must meet before it is stored, the same for the editor and the XLSX import:
 * a text, a topic unless it is a free-text wish, and for a choice 2 to 10 options, each with a
 * text and a whole-number score, at least one of them positive so that the topic can be earned.
 * Whether the topic exists and is active is for the caller, who knows how it was named.
 */
public final class ItemRules {

    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_TEXT_LENGTH = 1000;
    public static final int MAX_OPTION_TEXT_LENGTH = 500;
    public static final int MAX_SCORE = 1000;

    private ItemRules() {}

    public static List<ItemProblem> check(RawItem item) {
        List<ItemProblem> problems = new ArrayList<>();
        if (item.kind() == null) {
            problems.add(ItemProblem.of(ItemProblem.Field.KIND, "item.kind.required"));
        } else if (item.kind() != ItemKind.FREE_TEXT && item.topicId() == null) {
            problems.add(ItemProblem.of(ItemProblem.Field.TOPIC, "item.topic.required"));
        }
        if (item.text() == null || item.text().isBlank()) {
            problems.add(ItemProblem.of(ItemProblem.Field.TEXT, "item.text.required"));
        } else if (item.text().strip().length() > MAX_TEXT_LENGTH) {
            problems.add(ItemProblem.of(ItemProblem.Field.TEXT, "item.text.tooLong", MAX_TEXT_LENGTH));
        }
        if (item.kind() != null) {
            checkOptions(item.kind(), item.options(), problems);
        }
        return problems;
    }

    private static void checkOptions(ItemKind kind, List<RawOption> options, List<ItemProblem> problems) {
        long filled = options.stream().filter(option -> !option.isBlank()).count();
        if (!kind.hasOptions()) {
            if (filled > 0) {
                problems.add(ItemProblem.of(ItemProblem.Field.OPTIONS, "item.options.notAllowed"));
            }
            return;
        }
        boolean positive = false;
        for (int i = 0; i < options.size(); i++) {
            RawOption option = options.get(i);
            if (option.isBlank()) {
                continue;
            }
            int number = i + 1;
            if (option.text() == null || option.text().isBlank()) {
                problems.add(ItemProblem.ofOption(ItemProblem.Field.OPTION_TEXT, number, "item.option.text.required", 0));
            } else if (option.text().strip().length() > MAX_OPTION_TEXT_LENGTH) {
                problems.add(ItemProblem.ofOption(ItemProblem.Field.OPTION_TEXT, number, "item.option.text.tooLong", MAX_OPTION_TEXT_LENGTH));
            }
            if (option.score() == null || option.score().isBlank()) {
                problems.add(ItemProblem.ofOption(ItemProblem.Field.OPTION_SCORE, number, "item.option.score.required", 0));
            } else {
                Integer score = score(option.score());
                if (score == null) {
                    problems.add(ItemProblem.ofOption(ItemProblem.Field.OPTION_SCORE, number, "item.option.score.notInteger", 0));
                } else if (Math.abs(score) > MAX_SCORE) {
                    problems.add(ItemProblem.ofOption(ItemProblem.Field.OPTION_SCORE, number, "item.option.score.range", MAX_SCORE));
                } else if (score > 0) {
                    positive = true;
                }
            }
        }
        if (filled < MIN_OPTIONS) {
            problems.add(ItemProblem.of(ItemProblem.Field.OPTIONS, "item.options.tooFew", MIN_OPTIONS));
        } else if (filled > MAX_OPTIONS) {
            problems.add(ItemProblem.of(ItemProblem.Field.OPTIONS, "item.options.tooMany", MAX_OPTIONS));
        } else if (!positive && problems.stream().noneMatch(problem -> problem.field() == ItemProblem.Field.OPTION_SCORE)) {
            problems.add(ItemProblem.of(ItemProblem.Field.OPTIONS, "item.options.noPositive"));
        }
    }

    /** Only for an item without problems. Blank option rows are dropped. */
    public static ItemDraft toDraft(RawItem item) {
        ItemKind kind = Objects.requireNonNull(item.kind());
        List<ItemOption> options = kind.hasOptions()
                ? item.options().stream().filter(option -> !option.isBlank())
                        .map(option -> new ItemOption(Objects.requireNonNull(option.text()), Objects.requireNonNull(score(Objects.requireNonNull(option.score())))))
                        .toList()
                : List.of();
        return new ItemDraft(kind, item.topicId(), Objects.requireNonNull(item.text()).strip(), options);
    }

    /** A whole number as people type it: «3», «+2», «−1» with a typographic minus, «2,0» or «2.0» from a spreadsheet. */
    public static @Nullable Integer score(String typed) {
        String text = typed.strip().replace('\u2212', '-').replace('\u2013', '-').replace(" ", "").replace('\u00A0', ' ').strip();
        if (text.matches("[+-]?\\d{1,7}([.,]0+)?")) {
            return Integer.valueOf(text.replaceFirst("[.,]0+$", "").replaceFirst("^\\+", ""));
        }
        return null;
    }
}
