package ru.masterskaya.matching.request;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import ru.masterskaya.diagnostics.scoring.DeficitLevel;

/** A topic of a request: the practitioner's percent and its (high or medium) deficit level. */
@Embeddable
public class RequestTopic {

    private UUID topicId;

    private int percent;

    @Enumerated(EnumType.STRING)
    private DeficitLevel level;

    protected RequestTopic() {}

    public RequestTopic(UUID topicId, int percent, DeficitLevel level) {
        this.topicId = topicId;
        this.percent = percent;
        this.level = level;
    }

    public UUID getTopicId() {
        return topicId;
    }

    public int getPercent() {
        return percent;
    }

    public DeficitLevel getLevel() {
        return level;
    }
}
