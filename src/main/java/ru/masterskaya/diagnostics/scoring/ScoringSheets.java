package ru.masterskaya.diagnostics.scoring;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicFilter;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.Instruments;

/**
 * The scoring sheet of a version. Sheets of frozen versions are kept in memory: a frozen version
 * never changes, so every node may cache it without sharing anything; only topic renames wait for
 * the next start to show in new profiles.
 */
@Service
@Transactional(readOnly = true)
public class ScoringSheets {

    private final Instruments instruments;
    private final TopicCatalogue topics;
    private final Map<UUID, ScoringSheet> frozen = new ConcurrentHashMap<>();

    ScoringSheets(Instruments instruments, TopicCatalogue topics) {
        this.instruments = instruments;
        this.topics = topics;
    }

    public ScoringSheet of(UUID versionId) {
        ScoringSheet cached = frozen.get(versionId);
        if (cached != null) {
            return cached;
        }
        InstrumentVersion version = instruments.version(versionId);
        Map<UUID, Topic> catalogue = topics.list(TopicFilter.ALL).stream().collect(Collectors.toMap(Topic::getId, Function.identity()));
        ScoringSheet sheet = ScoringSheet.of(version, catalogue);
        if (version.isFrozen()) {
            frozen.put(versionId, sheet);
        }
        return sheet;
    }
}
