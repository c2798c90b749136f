package ru.masterskaya.diagnostics.needs;

import ru.masterskaya.diagnostics.scoring.SheetTopic;

/** How many respondents have a high, medium or minimal deficit on one topic; {@code index} is its place in the scoring sheet. */
public record TopicNeed(int rank, int index, SheetTopic topic, int high, int medium, int minimal) {

    /** High and medium deficits together: the people who need help on the topic. */
    public int need() {
        return high + medium;
    }

    public int respondents() {
        return high + medium + minimal;
    }

    /** The share of respondents with a need, in whole percent. */
    public int needPercent() {
        return ru.masterskaya.diagnostics.scoring.Percent.of(need(), respondents());
    }
}
