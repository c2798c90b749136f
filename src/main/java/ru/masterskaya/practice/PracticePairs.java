package ru.masterskaya.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.matching.PairsPublished;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.PersonManagement;
import ru.masterskaya.registry.RegistryScope;

/**
 * Forms pairs — from a published matching run, in the same transaction, or by a coordinator's hand —
 * and finds them for the people allowed to see them.
 */
@Service
public class PracticePairs {

    static final String MATCHING_ACTOR = "matching";

    private final PracticePairRepository pairs;
    private final PersonManagement people;
    private final Clock clock;

    PracticePairs(PracticePairRepository pairs, PersonManagement people, Clock clock) {
        this.pairs = pairs;
        this.people = people;
        this.clock = clock;
    }

    /**
     * The same service on another clock, for the demo data that forms pairs weeks back. It is not a
     * Spring proxy: the caller runs it inside its own transaction.
     */
    public PracticePairs at(Clock otherClock) {
        return new PracticePairs(pairs, people, otherClock);
    }

    /** Every published pair becomes a proposed practice pair unless the same pair already works this year. */
    @EventListener
    @Transactional
    void on(PairsPublished event) {
        for (PairsPublished.Pair published : event.pairs()) {
            if (pairs.existsLive(event.academicYear().startYear(), published.practitionerId(), published.masterId(), published.topicId())) {
                continue;
            }
            pairs.save(new PracticePair(event.academicYear(), party(people.own(new PersonId(published.practitionerId()))),
                    party(people.own(new PersonId(published.masterId()))), published.topicId(), PairOrigin.MATCHING, event.runId(),
                    MATCHING_ACTOR, clock.instant(), LocalDate.now(clock)));
        }
    }

    /** A coordinator pairs two people of their scope on a topic. */
    @Transactional
    public PracticePair createManually(ManualPairParameters parameters, RegistryScope scope, String actor) {
        Person practitioner = people.get(new PersonId(parameters.practitionerId()), scope);
        Person master = people.get(new PersonId(parameters.masterId()), scope);
        if (pairs.existsLive(parameters.academicYear().startYear(), practitioner.getId(), master.getId(), parameters.topicId())) {
            throw new PairAlreadyExists();
        }
        return pairs.save(new PracticePair(parameters.academicYear(), party(practitioner), party(master), parameters.topicId(),
                PairOrigin.MANUAL, null, actor, clock.instant(), LocalDate.now(clock)));
    }

    /** The pair, if the person is one of its sides or their scope covers it; otherwise it is not found. */
    @Transactional(readOnly = true)
    public PracticePair get(PairId id, UUID personId, RegistryScope scope) {
        return pairs.findById(id.value()).filter(pair -> PairAccess.canRead(pair, personId, scope))
                .orElseThrow(() -> new PairNotFoundException(id));
    }

    /** The pairs of the year where the person is a side, newest first. */
    @Transactional(readOnly = true)
    public List<PracticePair> withSide(UUID personId, AcademicYear year) {
        return pairs.withSide(personId, year.startYear());
    }

    /** The pairs of the year a scope covers. */
    @Transactional(readOnly = true)
    public List<PracticePair> coveredBy(RegistryScope scope, AcademicYear year) {
        return pairs.findAll(PairAccess.coveredBy(scope).and((root, query, builder) ->
                builder.equal(root.get("academicYear"), year.startYear())));
    }

    static PairParty party(Person person) {
        var organisation = person.getOrganisation();
        var municipality = organisation.getMunicipality();
        return new PairParty(person.getId(), organisation.getId(), municipality.getId(), municipality.getRegion().getId());
    }
}
