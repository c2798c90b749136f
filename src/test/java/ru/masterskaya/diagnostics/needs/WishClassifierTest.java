package ru.masterskaya.diagnostics.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WishClassifierTest {

    static final WishClassifier.CatalogueTopic HACKATHON = topic("Проектный хакатон как форма методической работы",
            "Командная разработка решений методической задачи за ограниченное время.");
    static final WishClassifier.CatalogueTopic NEW_FORMS = topic("Новые формы методической работы: форсайт, митап, батл", null);
    static final WishClassifier.CatalogueTopic LESSON_ANALYSIS = topic("Посещение и анализ урока",
            "Цель посещения, схема наблюдения, анализ и обратная связь учителю.");
    static final WishClassifier.CatalogueTopic SPECIAL_NEEDS = topic("Работа с детьми с ОВЗ",
            "Адаптированные программы, специальные условия и индивидуальный подход.");
    static final WishClassifier.CatalogueTopic GIFTED = topic("Работа с одарёнными детьми", null);
    static final WishClassifier.CatalogueTopic PARENTS = topic("Конструктивное общение с родителями", null);
    static final WishClassifier.CatalogueTopic NETWORK = topic("Сетевое сообщество педагогов",
            "Профессиональное общение и совместная работа педагогов разных организаций.");
    static final WishClassifier.CatalogueTopic GRANTS = topic("Грантовые конкурсы", "Поиск конкурса, заявка, бюджет проекта и отчётность.");
    static final WishClassifier.CatalogueTopic BURNOUT = topic("Профилактика профессионального выгорания", null);

    final WishClassifier classifier = new WishClassifier(
            List.of(HACKATHON, NEW_FORMS, LESSON_ANALYSIS, SPECIAL_NEEDS, GIFTED, PARENTS, NETWORK, GRANTS, BURNOUT));

    @Test
    void aWishAboutHackathonsGoesToTheHackathonTopic() {
        assertThat(classifier.classify("хочу научиться проводить хакатоны")).contains(HACKATHON.id());
    }

    @Test
    void aWishAboutANetworkCommunityGoesToTheCommunityTopic() {
        assertThat(classifier.classify("как вести сетевое сообщество")).contains(NETWORK.id());
    }

    @Test
    void inflectedWordsMatchTheirStems() {
        assertThat(classifier.classify("Хотела бы узнать больше о работе с одарёнными детьми")).contains(GIFTED.id());
        assertThat(classifier.classify("Анализировать посещённые уроки коллег")).contains(LESSON_ANALYSIS.id());
        assertThat(classifier.classify("Как писать заявку на грант")).contains(GRANTS.id());
        assertThat(classifier.classify("Как не выгореть: профилактика выгорания")).contains(BURNOUT.id());
        assertThat(classifier.classify("Общаться с родителями конструктивно")).contains(PARENTS.id());
    }

    @Test
    void aWishSharingNoStemWithAnyTopicStaysWithoutTopic() {
        assertThat(classifier.classify("Хочу научиться играть на гитаре")).isEmpty();
        assertThat(classifier.classify("хочу научиться")).isEmpty();
        assertThat(classifier.classify("")).isEmpty();
    }

    private static WishClassifier.CatalogueTopic topic(String name, String description) {
        return new WishClassifier.CatalogueTopic(UUID.randomUUID(), name, description);
    }
}
