package ru.masterskaya.matching.run;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.matching.PairsOfTheYear;
import ru.masterskaya.matching.solver.PairKey;

/**
 * The year's pairs a run must respect: those published by runs, joined with what the practice
 * module knows of them since (pairs made by hand, pairs declined or ended early).
 */
@Component
class HeldPairs {

    private final RunStore store;
    private final ObjectProvider<PairsOfTheYear> practice;

    HeldPairs(RunStore store, ObjectProvider<PairsOfTheYear> practice) {
        this.store = store;
        this.practice = practice;
    }

    /**
     * {@code working}: published or made by hand and not given up since, left as they are by a run;
     * {@code givenUp}: declined or ended early (and not made again), never proposed again this year.
     */
    record OfTheYear(Set<PairKey> working, Set<PairKey> givenUp) {

        Set<UUID> pairedPractitioners() {
            return working.stream().map(PairKey::practitionerId).collect(Collectors.toSet());
        }
    }

    OfTheYear of(AcademicYear year) {
        PairsOfTheYear source = practice.getIfAvailable();
        return combine(store.publishedPairsOfYear(year), source == null ? PairsOfTheYear.Held.NONE : source.of(year));
    }

    /** The pairs given up this year (and not made again) where the person is a side. */
    Set<PairKey> givenUpWith(UUID personId, AcademicYear year) {
        PairsOfTheYear source = practice.getIfAvailable();
        return source == null ? Set.of() : combine(Set.of(), source.with(personId, year)).givenUp();
    }

    private static OfTheYear combine(Set<PairKey> published, PairsOfTheYear.Held held) {
        Set<PairKey> practiceWorking = keys(held.working());
        Set<PairKey> givenUp = keys(held.givenUp());
        givenUp.removeAll(practiceWorking);
        Set<PairKey> working = new HashSet<>(published);
        working.addAll(practiceWorking);
        working.removeAll(givenUp);
        return new OfTheYear(Set.copyOf(working), Set.copyOf(givenUp));
    }

    private static Set<PairKey> keys(Set<PairsOfTheYear.Sides> sides) {
        return sides.stream().map(pair -> new PairKey(pair.practitionerId(), pair.masterId())).collect(Collectors.toCollection(HashSet::new));
    }
}
