package ru.masterskaya.diagnostics.needs;

import ru.masterskaya.diagnostics.TopicBlock;

/** How many respondents have a high, medium or minimal deficit on a block as a whole (its topics' scores together). */
public record BlockNeed(TopicBlock block, int high, int medium, int minimal) {

    public int need() {
        return high + medium;
    }

    public int respondents() {
        return high + medium + minimal;
    }
}
