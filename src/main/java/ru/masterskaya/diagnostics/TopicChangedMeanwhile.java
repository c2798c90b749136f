package ru.masterskaya.diagnostics;

/** Someone saved the topic after the user opened it; the user's values must not be lost. */
public class TopicChangedMeanwhile extends RuntimeException {

    private final Topic current;

    public TopicChangedMeanwhile(Topic current) {
        super("Topic " + current.id() + " was changed by someone else");
        this.current = current;
    }

    public Topic current() {
        return current;
    }
}
