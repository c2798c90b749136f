package ru.masterskaya.matching.run.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import ru.masterskaya.matching.run.PersonCard;
import ru.masterskaya.matching.run.RunView;
import ru.masterskaya.matching.run.StoredPair;
import ru.masterskaya.matching.run.StoredUnmatched;

/** The draft's headline figures: matched of all, and the coverage by organisation type and by topic. */
record RunSummary(int matched, int total, List<Coverage> byType, List<Coverage> byTopic) {

    /** Matched of all in one group, for a {@code <meter>}. */
    record Coverage(String key, String name, int matched, int total) {}

    static RunSummary of(RunView view, Function<UUID, String> topicNames) {
        Map<String, int[]> types = new LinkedHashMap<>();
        Map<String, String> typeNames = new LinkedHashMap<>();
        for (StoredPair pair : view.pairs()) {
            PersonCard practitioner = view.person(pair.practitionerId());
            typeNames.put(practitioner.organisationTypeCode(), practitioner.organisationTypeName());
            int[] counts = types.computeIfAbsent(practitioner.organisationTypeCode(), code -> new int[2]);
            counts[0]++;
            counts[1]++;
        }
        for (StoredUnmatched left : view.unmatched()) {
            PersonCard practitioner = view.person(left.practitionerId());
            typeNames.put(practitioner.organisationTypeCode(), practitioner.organisationTypeName());
            types.computeIfAbsent(practitioner.organisationTypeCode(), code -> new int[2])[1]++;
        }
        List<Coverage> byType = new ArrayList<>();
        types.forEach((code, counts) -> byType.add(new Coverage(code, typeNames.get(code), counts[0], counts[1])));
        Map<UUID, Integer> topics = new LinkedHashMap<>();
        view.pairs().forEach(pair -> topics.merge(pair.topicId(), 1, Integer::sum));
        List<Coverage> byTopic = new ArrayList<>();
        int matched = view.pairs().size();
        topics.forEach((topic, count) -> byTopic.add(new Coverage(topic.toString(), topicNames.apply(topic), count, matched)));
        return new RunSummary(matched, matched + view.unmatched().size(), byType, byTopic);
    }
}
