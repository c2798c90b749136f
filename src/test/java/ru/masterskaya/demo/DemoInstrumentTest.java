package ru.masterskaya.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import ru.masterskaya.diagnostics.instrument.ItemDraft;
import ru.masterskaya.diagnostics.instrument.ItemKind;
import ru.masterskaya.diagnostics.instrument.ItemOption;

/** The demo instrument as read from its text file, before it is stored. */
class DemoInstrumentTest {

    List<ItemDraft> items = DemoInstrument.items();

    @Test
    void everyLineOfTheFileBecomesAnItemWithItsOptions() {
        assertThat(items).hasSizeGreaterThanOrEqualTo(40);
        assertThat(items.getFirst().kind()).isEqualTo(ItemKind.SELF_RATING);
        assertThat(items.getFirst().topicId()).isEqualTo(DemoInstrument.topic(101));
        assertThat(items.stream().filter(item -> item.kind().hasOptions()))
                .allSatisfy(item -> assertThat(item.options()).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void onlyTheFreeTextItemsHaveNoTopic() {
        assertThat(items.stream().filter(item -> item.topicId() == null))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.kind()).isEqualTo(ItemKind.FREE_TEXT));
        assertThat(items.stream().filter(item -> item.kind() == ItemKind.FREE_TEXT).map(ItemDraft::text))
                .contains("Чему я хочу научиться в этом году?");
    }

    @Test
    void everyTopicOfTheFileHasAMeanMasteryForTheGeneratedAnswers() {
        assertThat(items.stream().map(ItemDraft::topicId).filter(Objects::nonNull).distinct())
                .allSatisfy(topic -> assertThat(DemoSkills.MEANS.keySet().stream().map(DemoInstrument::topic)).contains(topic));
    }

    @Test
    void aMultipleChoiceQuestionPenalisesEveryWrongOption() {
        assertThat(items.stream().filter(item -> item.kind() == ItemKind.MULTIPLE_CHOICE))
                .allSatisfy(item -> assertThat(item.options().stream().mapToInt(ItemOption::getScore))
                        .allSatisfy(score -> assertThat(score).isNotZero())
                        .anySatisfy(score -> assertThat(score).isNegative()));
    }
}
