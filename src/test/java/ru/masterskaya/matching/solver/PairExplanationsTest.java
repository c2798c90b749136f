package ru.masterskaya.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.masterskaya.matching.solver.Cohort.SCHOOL_1;
import static ru.masterskaya.matching.solver.Cohort.SCHOOL_2;
import static ru.masterskaya.matching.solver.Cohort.SWOT;
import static ru.masterskaya.matching.solver.Cohort.high;
import static ru.masterskaya.matching.solver.Cohort.master;
import static ru.masterskaya.matching.solver.Cohort.plainRules;
import static ru.masterskaya.matching.solver.Cohort.teacher;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class PairExplanationsTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final ResourceBundleMessageSource messages = messages();
    private final PairExplanations explanations = new PairExplanations(messages,
            topic -> topic.equals(SWOT) ? "SWOT-анализ как инструмент управления" : "?");

    @Test
    void aPairIsExplainedInRussianFromItsComponents() {
        Practitioner teacher = Cohort.withPriority(teacher(1, SCHOOL_1, high(SWOT, 45)), SWOT);
        Master master = master(1, SCHOOL_2, 1, Map.of(SWOT, 92));

        PairScore pair = new MatchingSolver().solve(MatchingProblem.of(List.of(teacher), List.of(master), plainRules()))
                .pairs().getFirst();

        assertThat(explanations.explain(pair, RUSSIAN)).isEqualTo("Мастер силён в теме «SWOT-анализ как инструмент "
                + "управления» (92 %), у практиканта высокий дефицит (45 %), тема — приоритет практиканта; "
                + "разные организации одного муниципалитета");
        assertThat(pair.components()).extracting(component -> explanations.describe(component, RUSSIAN)).containsExactly(
                "Глубина дефицита: 55,00", "Сила мастера в теме: 46,00", "Приоритетная тема: 20,00",
                "Один муниципалитет: 10,00");
    }

    @Test
    void aLockedColleagueWithTheWrongFormatIsExplainedWithEveryCircumstance() {
        Practitioner teacher = new Practitioner(Cohort.id(1), SCHOOL_1, Cohort.TOWN, "PRESCHOOL", List.of(high(SWOT, 30)),
                null, Format.REMOTE, true);
        Master colleague = Master.of(Cohort.id(2), SCHOOL_1, Cohort.TOWN, Map.of(SWOT, 85), 2, 1, Set.of(Format.IN_PERSON));
        MatchingProblem problem = MatchingProblem.of(List.of(teacher), List.of(colleague), MatchingRules.defaults())
                .withLocked(Set.of(new PairKey(teacher.id(), colleague.id())));

        PairScore pair = new MatchingSolver().solve(problem).pairs().getFirst();

        assertThat(explanations.explain(pair, RUSSIAN)).isEqualTo("Мастер силён в теме «SWOT-анализ как инструмент "
                + "управления» (85 %), у практиканта высокий дефицит (30 %); одна организация; "
                + "пара внутри организации учтена со штрафом; мастер не предлагает удобный практиканту формат "
                + "(дистанционно); учтена квалификационная категория мастера; приоритет охвата для организаций этого "
                + "типа; пара закреплена координатором");
        assertThat(explanations.explain(pair, Locale.ENGLISH)).startsWith("The master is strong in «SWOT-анализ");
    }

    @Test
    void everyReasonComponentAndFormatHasAPhraseInBothLanguages() {
        List<String> keys = Stream.of(
                        Arrays.stream(ComponentKind.values()).map(ComponentKind::messageKey),
                        Arrays.stream(UnmatchedReason.values()).map(UnmatchedReason::messageKey),
                        Arrays.stream(LockRejection.values()).map(LockRejection::messageKey),
                        Arrays.stream(GroupFormat.values()).map(GroupFormat::messageKey),
                        Arrays.stream(Format.values()).map(Format::messageKey))
                .flatMap(keyStream -> keyStream)
                .toList();

        for (Locale locale : List.of(RUSSIAN, Locale.ENGLISH)) {
            assertThat(keys).allSatisfy(key -> assertThat(messages.getMessage(key, null, null, locale)).isNotNull());
        }
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/matching");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
