package ru.masterskaya.diagnostics.formsimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.ItemKind;
import ru.masterskaya.diagnostics.instrument.ItemOption;
import ru.masterskaya.diagnostics.instrument.SelfRatingScale;

/**
 * Reads one cell of an export as the answer to its item, the way a form shows it: a self-rating
 * as its label («Применяю самостоятельно») or as the level number 0–4 (a 1–5 scale is not
 * guessed: 5 is refused rather than shifted), a choice as the text of its options (several joined
 * by «, » or «;»), a free text as it is. Case, «ё» and spaces do not matter.
 */
public final class AnswerParser {

    private static final Pattern LEVEL = Pattern.compile("^\\d+$");
    private static final Pattern LEVEL_PREFIX = Pattern.compile("^\\d\\s*[-—–.):]\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("[;,]");
    private static final List<String> YES = List.of("да", "yes", "1", "true", "+", "готов", "готова");
    private static final List<String> NO = List.of("нет", "no", "0", "false", "-", "не готов", "не готова");

    /** The labels of the scale per level (0..4), in every language they may appear in. */
    private final List<List<String>> scaleLabels;

    public AnswerParser(List<List<String>> scaleLabels) {
        this.scaleLabels = scaleLabels.stream().map(labels -> labels.stream().map(AnswerParser::soft).toList()).toList();
    }

    /** The answer, or empty for a blank cell; a cell that fits no answer is a {@link CellProblem}. */
    public Optional<AnswerValue> parse(InstrumentItem item, String cell) {
        return parse(item.getKind(), item.getOptions(), cell);
    }

    /** The same for an item given by its kind and options. */
    public Optional<AnswerValue> parse(ItemKind kind, List<ItemOption> options, String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            if (kind.isScored()) {
                throw new CellProblem("formsImport.cell.missing");
            }
            return Optional.empty();
        }
        return Optional.of(switch (kind) {
            case SELF_RATING -> AnswerValue.chosen(level(text));
            case SINGLE_CHOICE -> AnswerValue.chosen(singleOption(options, text));
            case MULTIPLE_CHOICE -> new AnswerValue(options(options, text), null);
            case FREE_TEXT -> {
                if (text.length() > AnswerValue.MAX_TEXT_LENGTH) {
                    throw new CellProblem("formsImport.cell.tooLong", String.valueOf(text.length()), String.valueOf(AnswerValue.MAX_TEXT_LENGTH));
                }
                yield AnswerValue.written(text);
            }
        });
    }

    /** «да» / «нет» (and yes/no, 1/0) of a «готов быть мастером» column; blank is «нет». */
    public static boolean ready(String cell) {
        String text = soft(cell);
        if (text.isEmpty() || NO.contains(text)) {
            return false;
        }
        if (YES.contains(text)) {
            return true;
        }
        throw new CellProblem("formsImport.cell.yesNo", cell.strip());
    }

    int level(String text) {
        if (LEVEL.matcher(text).matches()) {
            int level = text.length() > 2 ? -1 : Integer.parseInt(text);
            if (SelfRatingScale.isLevel(level)) {
                return level;
            }
            throw new CellProblem("formsImport.cell.level", text, allowedLevels());
        }
        String label = soft(text);
        Optional<Integer> found = levelOfLabel(label);
        if (found.isEmpty()) {
            found = levelOfLabel(soft(LEVEL_PREFIX.matcher(text).replaceFirst("")));
        }
        return found.orElseThrow(() -> new CellProblem("formsImport.cell.level", text, allowedLevels()));
    }

    private Optional<Integer> levelOfLabel(String label) {
        return IntStream.range(0, scaleLabels.size()).filter(level -> scaleLabels.get(level).contains(label)).boxed().findFirst();
    }

    private String allowedLevels() {
        return SelfRatingScale.LOWEST + "–" + SelfRatingScale.HIGHEST + "; "
                + scaleLabels.stream().map(List::getFirst).map(AnswerParser::capitalised).collect(Collectors.joining("; "));
    }

    private static int singleOption(List<ItemOption> options, String text) {
        String wanted = soft(text);
        return IntStream.range(0, options.size()).filter(index -> soft(options.get(index).getText()).equals(wanted))
                .map(index -> index + 1).findFirst()
                .orElseThrow(() -> new CellProblem("formsImport.cell.option", text, allowedOptions(options)));
    }

    /**
     * The options named in the cell. Whole option texts are taken out first, longest first, so an
     * option whose text has a comma in it is still found; what remains must be nothing but separators.
     */
    private static List<Integer> options(List<ItemOption> options, String text) {
        String rest = soft(text);
        List<Integer> chosen = new ArrayList<>();
        List<Integer> longestFirst = IntStream.rangeClosed(1, options.size()).boxed()
                .sorted(Comparator.comparingInt((Integer number) -> options.get(number - 1).getText().length()).reversed())
                .toList();
        for (int number : longestFirst) {
            Pattern whole = Pattern.compile("(^|[;,])\\s*" + Pattern.quote(soft(options.get(number - 1).getText())) + "\\s*(?=$|[;,])");
            Matcher found = whole.matcher(rest);
            if (found.find()) {
                chosen.add(number);
                rest = rest.substring(0, found.start()) + found.group(1) + rest.substring(found.end());
            }
        }
        List<String> unknown = Arrays.stream(SEPARATOR.split(rest)).map(String::strip).filter(piece -> !piece.isEmpty()).toList();
        if (!unknown.isEmpty()) {
            String original = Arrays.stream(SEPARATOR.split(text)).map(String::strip)
                    .filter(piece -> soft(piece).equals(unknown.getFirst())).findFirst().orElse(unknown.getFirst());
            throw new CellProblem("formsImport.cell.option", original, allowedOptions(options));
        }
        if (chosen.isEmpty()) {
            throw new CellProblem("formsImport.cell.missing");
        }
        return chosen;
    }

    private static String allowedOptions(List<ItemOption> options) {
        return options.stream().map(ItemOption::getText).collect(Collectors.joining("; "));
    }

    /** Lower case, «ё» as «е», one space between words, no final full stop. */
    static String soft(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ").strip();
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1).strip() : lower;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
