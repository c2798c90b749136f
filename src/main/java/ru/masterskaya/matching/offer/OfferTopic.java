package ru.masterskaya.matching.offer;

import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A topic of an offer with the master's self-diagnosis percent, or none when the coordinator declared it. */
@Embeddable
public class OfferTopic {

    private UUID topicId;

    private @Nullable Integer percent;

    protected OfferTopic() {}

    public OfferTopic(UUID topicId, @Nullable Integer percent) {
        this.topicId = topicId;
        this.percent = percent;
    }

    public UUID getTopicId() {
        return topicId;
    }

    public @Nullable Integer getPercent() {
        return percent;
    }

    public boolean isDeclared() {
        return percent == null;
    }
}
