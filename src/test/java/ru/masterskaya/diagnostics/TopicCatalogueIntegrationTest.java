package ru.masterskaya.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class TopicCatalogueIntegrationTest {

    @Autowired
    TopicCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBlockTableListsTheSixBlocksInTheOrderOfTheEnum() {
        List<String> codes = jdbc.queryForList("SELECT code FROM topic_block ORDER BY sort_order", String.class);

        assertThat(codes).containsExactlyElementsOf(Arrays.stream(TopicBlock.values()).map(Enum::name).toList());
    }

    @Test
    void theSeededCatalogueHasTopicsInEveryBlockIncludingThoseNamedInTheIssue() {
        List<Topic> seeded = catalogue.list(TopicFilter.ACTIVE);

        assertThat(seeded).hasSizeGreaterThanOrEqualTo(30);
        assertThat(seeded).extracting(Topic::getBlock).containsAll(List.of(TopicBlock.values()));
        assertThat(seeded).extracting(Topic::getName).contains(
                "Проектный хакатон как форма методической работы",
                "Сетевое сообщество педагогов",
                "SWOT-анализ как инструмент управления",
                "Институциональный проект",
                "Посещение и анализ урока",
                "Разработка положения о мероприятии или формировании",
                "Позиционный анализ",
                "Новые формы методической работы: форсайт, митап, батл",
                "Организация наставничества",
                "Проектная деятельность",
                "Грантовые конкурсы",
                "Метапредметность в преподавании предмета",
                "Критериальное оценивание",
                "Активные методы обучения",
                "Формирование функциональной грамотности",
                "Работа с детьми с ОВЗ",
                "Профилактика профессионального выгорания",
                "Конструктивное общение с родителями",
                "ФГОС и ФОП: требования к рабочей программе");
        assertThat(catalogue.list(new TopicFilter(TopicBlock.MANAGERIAL, true, "наставничества")))
                .extracting(Topic::getName).containsExactly("Организация наставничества");
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void aNewTopicGoesToTheEndOfItsBlock() {
        Topic topic = catalogue.create(new TopicParameters(TopicBlock.COMMUNICATIVE, "Медиация в школе " + RegistryFixtures.unique(), null));

        List<Topic> block = catalogue.list(new TopicFilter(TopicBlock.COMMUNICATIVE, true, null));
        assertThat(block.getLast().getId()).isEqualTo(topic.getId());
        assertThat(topic.getSortOrder()).isGreaterThan(block.getFirst().getSortOrder());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void aNameIsRefusedWhenItDiffersFromAnotherOnlyByCaseOrYo() {
        assertThatThrownBy(() -> catalogue.create(new TopicParameters(TopicBlock.SUBJECT, "приемы ФОРМИРУЮЩЕГО оценивания", null)))
                .isInstanceOf(TopicNameAlreadyUsed.class);
    }

    @Test
    @WithMockUser(roles = "INSTITUTION_COORDINATOR")
    void aDeputyCannotChangeTheCatalogueEvenWithoutTheUrlRules() {
        assertThatThrownBy(() -> catalogue.create(new TopicParameters(TopicBlock.SUBJECT, "Тема заместителя " + RegistryFixtures.unique(), null)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
