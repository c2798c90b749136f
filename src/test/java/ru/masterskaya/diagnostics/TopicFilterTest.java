package ru.masterskaya.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TopicFilterTest {

    static final Instant NOW = Instant.parse("2025-09-01T00:00:00Z");

    @Test
    void searchIgnoresCaseAndReadsYoAsYe() {
        Topic topic = topic(TopicBlock.PSYCHOLOGICAL, "Работа с одарёнными детьми");

        assertThat(new TopicFilter(null, null, "ОДАРЕННЫМИ").matches(topic)).isTrue();
        assertThat(new TopicFilter(null, null, "одарённые").matches(topic)).isFalse();
    }

    @Test
    void everyWordOfTheQueryMustOccurInTheName() {
        Topic topic = topic(TopicBlock.MANAGERIAL, "SWOT-анализ как инструмент управления");

        assertThat(new TopicFilter(null, null, "  swot   управления ").matches(topic)).isTrue();
        assertThat(new TopicFilter(null, null, "swot наставничество").matches(topic)).isFalse();
    }

    @Test
    void blockAndStateNarrowTheList() {
        Topic topic = topic(TopicBlock.LEGAL, "Аттестация педагогических работников");
        topic.deactivate(NOW);

        assertThat(new TopicFilter(TopicBlock.LEGAL, false, null).matches(topic)).isTrue();
        assertThat(new TopicFilter(TopicBlock.SUBJECT, null, null).matches(topic)).isFalse();
        assertThat(TopicFilter.ACTIVE.matches(topic)).isFalse();
    }

    static Topic topic(TopicBlock block, String name) {
        return new Topic(new TopicParameters(block, name, null), 10, NOW);
    }
}
