package ru.masterskaya.diagnostics.formsimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.ItemKind;
import ru.masterskaya.diagnostics.instrument.ItemOption;

class AnswerParserTest {

    static final List<List<String>> LABELS = List.of(
            List.of("Не владею", "I do not"), List.of("Имею общее представление"), List.of("Применяю с помощью коллег"),
            List.of("Применяю самостоятельно"), List.of("Могу научить других"));

    static final List<ItemOption> OPTIONS = List.of(
            new ItemOption("Цель посещения", 1), new ItemOption("Оценка внешности, одежды учителя", -1), new ItemOption("Обратная связь учителю", 2));

    final AnswerParser parser = new AnswerParser(LABELS);

    @Test
    void aSelfRatingIsReadFromItsLabelWhateverTheCaseAndYoOrFromItsLevelNumber() {
        assertThat(parser.parse(ItemKind.SELF_RATING, List.of(), "применяю  САМОСТОЯТЕЛЬНО")).contains(AnswerValue.chosen(3));
        assertThat(parser.parse(ItemKind.SELF_RATING, List.of(), "Не владею.")).contains(AnswerValue.chosen(0));
        assertThat(parser.parse(ItemKind.SELF_RATING, List.of(), "4")).contains(AnswerValue.chosen(4));
        assertThat(parser.parse(ItemKind.SELF_RATING, List.of(), "2 — Применяю с помощью коллег")).contains(AnswerValue.chosen(2));
    }

    @Test
    void aLevelOutsideZeroToFourIsRefusedRatherThanShifted() {
        assertThatThrownBy(() -> parser.parse(ItemKind.SELF_RATING, List.of(), "5"))
                .isInstanceOfSatisfying(CellProblem.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("formsImport.cell.level");
                    assertThat(problem.arguments()[1].toString()).startsWith("0–4; Не владею; Имею общее представление");
                });
    }

    @Test
    void severalOptionsAreSplitByCommaOrSemicolonEvenWhenAnOptionHasACommaInside() {
        assertThat(parser.parse(ItemKind.MULTIPLE_CHOICE, OPTIONS, "Цель посещения, Обратная связь учителю"))
                .contains(AnswerValue.chosen(1, 3));
        assertThat(parser.parse(ItemKind.MULTIPLE_CHOICE, OPTIONS, "обратная связь учителю; Оценка внешности, одежды учителя"))
                .contains(AnswerValue.chosen(2, 3));
    }

    @Test
    void anUnknownOptionIsNamedAsWrittenWithTheAllowedOnes() {
        assertThatThrownBy(() -> parser.parse(ItemKind.MULTIPLE_CHOICE, OPTIONS, "Цель посещения, Иногда"))
                .isInstanceOfSatisfying(CellProblem.class, problem -> assertThat(problem.arguments())
                        .containsExactly("Иногда", "Цель посещения; Оценка внешности, одежды учителя; Обратная связь учителю"));
        assertThatThrownBy(() -> parser.parse(ItemKind.SINGLE_CHOICE, OPTIONS, "Цель"))
                .isInstanceOfSatisfying(CellProblem.class, problem -> assertThat(problem.messageKey()).isEqualTo("formsImport.cell.option"));
    }

    @Test
    void aBlankCellIsMissingForAScoredItemAndNoAnswerForFreeText() {
        assertThatThrownBy(() -> parser.parse(ItemKind.SINGLE_CHOICE, OPTIONS, " "))
                .isInstanceOfSatisfying(CellProblem.class, problem -> assertThat(problem.messageKey()).isEqualTo("formsImport.cell.missing"));
        assertThat(parser.parse(ItemKind.FREE_TEXT, List.of(), "")).isEmpty();
    }

    @Test
    void freeTextIsKeptAsItIsUpToItsLimit() {
        assertThat(parser.parse(ItemKind.FREE_TEXT, List.of(), "Хочу научиться, и ещё «форсайт»")).contains(AnswerValue.written("Хочу научиться, и ещё «форсайт»"));
        assertThatThrownBy(() -> parser.parse(ItemKind.FREE_TEXT, List.of(), "а".repeat(AnswerValue.MAX_TEXT_LENGTH + 1)))
                .isInstanceOfSatisfying(CellProblem.class, problem -> assertThat(problem.messageKey()).isEqualTo("formsImport.cell.tooLong"));
    }

    @Test
    void readinessIsYesOrNoInEitherLanguage() {
        assertThat(AnswerParser.ready("Да")).isTrue();
        assertThat(AnswerParser.ready("yes")).isTrue();
        assertThat(AnswerParser.ready("нет")).isFalse();
        assertThat(AnswerParser.ready("")).isFalse();
        assertThatThrownBy(() -> AnswerParser.ready("может быть")).isInstanceOf(CellProblem.class);
    }
}
