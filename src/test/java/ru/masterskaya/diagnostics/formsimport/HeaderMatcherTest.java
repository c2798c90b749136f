package ru.masterskaya.diagnostics.formsimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeaderMatcherTest {

    @Test
    void normalisingIgnoresCaseYoPunctuationSpacesAndGoogleNumbering() {
        assertThat(HeaderMatcher.normalise("1. Я провожу  анализ посещённого урока, по схеме?"))
                .isEqualTo("я провожу анализ посещенного урока по схеме");
    }

    @Test
    void aGoogleGridRowInBracketsMatchesItsQuestion() {
        assertThat(HeaderMatcher.similarity("Я умею организовать проектный хакатон для коллег",
                "Оцените свои умения [Я умею организовать проектный хакатон для коллег]")).isEqualTo(1.0);
    }

    @Test
    void eachQuestionGetsItsMostSimilarColumnAndNoColumnIsUsedTwice() {
        List<String> headers = List.of("Отметка времени", "Адрес электронной почты", "Я участвую в сетевом сообществе",
                "3. Я ПРОВОЖУ анализ посещенного урока по схеме", "Я провожу анализ урока: что входит?", "Любимый цвет");
        Map<String, String> questions = new LinkedHashMap<>();
        questions.put("analysis", "Я провожу анализ посещённого урока по схеме");
        questions.put("content", "Что входит в анализ урока?");
        questions.put("community", "Я участвую в сетевом сообществе педагогов");
        questions.put("wish", "Чему я хочу научиться в этом году?");

        Map<String, Integer> chosen = HeaderMatcher.bestColumns(questions, headers, Set.of(0, 1));

        assertThat(chosen).containsEntry("analysis", 3).containsEntry("content", 4).containsEntry("community", 2).doesNotContainKey("wish");
    }

    @Test
    void theEmailAndTimeColumnsAreFoundByTheirUsualHeaders() {
        assertThat(HeaderMatcher.emailColumn(List.of("Отметка времени", "Адрес электронной почты"))).contains(1);
        assertThat(HeaderMatcher.emailColumn(List.of("ID", "Ваш E-mail"))).contains(1);
        assertThat(HeaderMatcher.emailColumn(List.of("ID", "Почта"))).contains(1);
        assertThat(HeaderMatcher.emailColumn(List.of("ID", "Email"))).contains(1);
        assertThat(HeaderMatcher.timeColumn(List.of("ID", "Время создания"))).contains(1);
        assertThat(HeaderMatcher.timeColumn(List.of("Отметка времени", "Почта"))).contains(0);
    }

    @Test
    void aReadyColumnIsMatchedToTheTopicItNames() {
        List<String> headers = List.of("Почта", "Готов быть мастером: проектный хакатон", "Готов быть мастером: анализ урока");
        Map<String, String> topics = Map.of("hackathon", "Проектный хакатон", "analysis", "Анализ урока");

        assertThat(HeaderMatcher.readyColumns(topics, headers, Set.of(0))).containsEntry("hackathon", 1).containsEntry("analysis", 2);
    }
}
