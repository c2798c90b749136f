package ru.masterskaya.diagnostics;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.registry.SearchText;

/**
 * The catalogue of topics. Reading is open to everyone the URL rules let in; changes are for
 * administrators and coordinators. The catalogue holds tens of topics, so it is filtered in
 * memory, where «ё» and «е» compare the same way as everywhere else in Мастерская.
 */
@Service
@Transactional(readOnly = true)
public class TopicCatalogue {

    static final int SORT_STEP = 10;

    private final TopicRepository topics;
    private final Clock clock;

    TopicCatalogue(TopicRepository topics, Clock clock) {
        this.topics = topics;
        this.clock = clock;
    }

    public List<Topic> list(TopicFilter filter) {
        return topics.findAllByOrderBySortOrderAscNameAsc().stream().filter(filter::matches).toList();
    }

    public Topic get(TopicId id) {
        return topics.findById(id.value()).orElseThrow(() -> new TopicNotFoundException(id));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
    public Topic create(TopicParameters parameters) {
        ensureNameFree(parameters.name(), null);
        int sortOrder = topics.lastSortOrderIn(parameters.block()) + SORT_STEP;
        return topics.save(new Topic(parameters, sortOrder, clock.instant()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
    public void change(TopicId id, long expectedVersion, TopicParameters parameters) {
        Topic topic = get(id);
        if (topic.getVersion() != expectedVersion) {
            throw new TopicChangedMeanwhile(topic);
        }
        ensureNameFree(parameters.name(), id.value());
        topic.describe(parameters, clock.instant());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
    public Topic activate(TopicId id) {
        Topic topic = get(id);
        topic.activate(clock.instant());
        return topic;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
    public Topic deactivate(TopicId id) {
        Topic topic = get(id);
        topic.deactivate(clock.instant());
        return topic;
    }

    private void ensureNameFree(String name, @Nullable UUID except) {
        String wanted = SearchText.normalize(name);
        boolean taken = topics.findAll().stream()
                .anyMatch(topic -> !Objects.equals(topic.getId(), except) && SearchText.normalize(topic.getName()).equals(wanted));
        if (taken) {
            throw new TopicNameAlreadyUsed(name);
        }
    }
}
