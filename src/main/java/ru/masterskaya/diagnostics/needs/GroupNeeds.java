package ru.masterskaya.diagnostics.needs;

/**
 * The needs of one group of respondents (an organisation type or an organisation): its number of
 * respondents and, per topic in the sheet's order, how many have a high and a medium deficit.
 */
public record GroupNeeds(String key, int respondents, int[] high, int[] medium) {

    public int need(int topicIndex) {
        return high[topicIndex] + medium[topicIndex];
    }
}
