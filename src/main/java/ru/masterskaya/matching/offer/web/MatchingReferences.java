package ru.masterskaya.matching.offer.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicFilter;
import ru.masterskaya.matching.offer.MentoringOption;
import ru.masterskaya.matching.offer.MentoringOptions;

/** Names of topics and mentoring options by id, for pages that show offers and requests. */
@Component
public class MatchingReferences {

    private final TopicCatalogue topics;
    private final MentoringOptions mentoring;

    MatchingReferences(TopicCatalogue topics, MentoringOptions mentoring) {
        this.topics = topics;
        this.mentoring = mentoring;
    }

    public Map<UUID, String> topicNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        topics.list(TopicFilter.ALL).forEach(topic -> names.put(topic.getId(), topic.getName()));
        return names;
    }

    public java.util.List<Topic> activeTopics() {
        return topics.list(TopicFilter.ACTIVE);
    }

    public Map<UUID, String> mentoringNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        mentoring.all().forEach(option -> names.put(option.getId(), option.getName()));
        return names;
    }

    public java.util.List<MentoringOption> activeMentoring() {
        return mentoring.active();
    }
}
