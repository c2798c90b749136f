package ru.masterskaya.matching.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.matching.solver.PairExplanations;
import ru.masterskaya.matching.solver.PairKey;

/** The published pairs a master or a practitioner is a side of, for their own pages. */
@Service
@Transactional(readOnly = true)
public class OwnPairs {

    private final RunStore store;
    private final HeldPairs held;
    private final RunNames names;
    private final MessageSource messages;

    OwnPairs(RunStore store, HeldPairs held, RunNames names, MessageSource messages) {
        this.store = store;
        this.held = held;
        this.names = names;
        this.messages = messages;
    }

    /**
     * The published pairs of the year where the person is a side, with names and the explanation in
     * the reader's language. A pair declined or ended early since is not shown.
     */
    public List<OwnPair> publishedWith(UUID personId, AcademicYear year, Locale locale) {
        List<StoredPair> pairs = store.publishedWith(personId, year);
        Set<UUID> ids = new HashSet<>();
        pairs.forEach(pair -> {
            ids.add(pair.practitionerId());
            ids.add(pair.masterId());
        });
        Map<UUID, PersonCard> cards = names.cards(ids);
        Map<UUID, String> topicNames = names.topicNames();
        PairExplanations explanations = new PairExplanations(messages, topicNames::get);
        List<OwnPair> own = new ArrayList<>();
        Set<PairKey> seen = new HashSet<>(held.givenUpWith(personId, year));
        for (StoredPair pair : pairs) {
            if (seen.add(new PairKey(pair.practitionerId(), pair.masterId()))) {
                own.add(new OwnPair(cards.get(pair.practitionerId()), cards.get(pair.masterId()), topicNames.get(pair.topicId()),
                        explanations.explain(pair.toPairScore(), locale)));
            }
        }
        return own;
    }
}
