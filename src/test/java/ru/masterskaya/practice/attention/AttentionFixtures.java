package ru.masterskaya.practice.attention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.practice.BasisDocument;
import ru.masterskaya.practice.JournalEntry;
import ru.masterskaya.practice.JournalEntryKind;
import ru.masterskaya.practice.JournalEntryRepository;
import ru.masterskaya.practice.PairOrigin;
import ru.masterskaya.practice.PairParty;
import ru.masterskaya.practice.PairSide;
import ru.masterskaya.practice.PracticePair;
import ru.masterskaya.practice.PracticePairRepository;
import ru.masterskaya.practice.PracticePlan;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.PersonManagement;

/**
 * Pairs in the states the attention rules look at, made through the pair's own rules: a plan,
 * both sides agreeing, journal entries on given days.
 */
@TestComponent
public class AttentionFixtures {

    /** «Сетевое сообщество», a topic of the seeded catalogue. */
    public static final UUID TOPIC = UUID.fromString("7d0c1a00-0000-4000-8000-000000000402");

    private final PracticePairRepository pairs;
    private final JournalEntryRepository entries;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PersonManagement people;

    AttentionFixtures(PracticePairRepository pairs, JournalEntryRepository entries, TransactionTemplate transactions, Clock clock,
            PersonManagement people) {
        this.people = people;
        this.pairs = pairs;
        this.entries = entries;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A pair formed and agreed today, with a first meeting today: active, its last entry today. */
    public PracticePair activePair(Person practitioner, Person master) {
        return transactions.execute(status -> {
            LocalDate today = LocalDate.now(clock);
            Instant now = clock.instant();
            PracticePair pair = new PracticePair(AcademicYear.containing(today), party(practitioner), party(master), TOPIC,
                    PairOrigin.MANUAL, null, "test", now, today);
            pair.changePlan(new PracticePlan("Создать положение о сетевом сообществе", "положение о сетевом сообществе", today,
                    today.plusMonths(6), "раз в две недели", null, null, BasisDocument.NONE));
            pair.agree(PairSide.PRACTITIONER, now);
            pair.agree(PairSide.MASTER, now);
            pairs.save(pair);
            pair.recordEntry(JournalEntryKind.MEETING, today, today);
            entries.save(new JournalEntry(pair, practitioner.getId(), JournalEntryKind.MEETING, today, 60, "Первая встреча", true, now));
            return pairs.save(pair);
        });
    }

    /** A pair formed today and not yet agreed. */
    public PracticePair proposedPair(Person practitioner, Person master) {
        return transactions.execute(status -> {
            LocalDate today = LocalDate.now(clock);
            return pairs.save(new PracticePair(AcademicYear.containing(today), party(practitioner), party(master), TOPIC,
                    PairOrigin.MANUAL, null, "test", clock.instant(), today));
        });
    }

    public PracticePair reload(PracticePair pair) {
        return pairs.findById(pair.getId()).orElseThrow();
    }

    PairParty party(Person detached) {
        Person person = people.own(new PersonId(detached.getId()));
        var organisation = person.getOrganisation();
        return new PairParty(person.getId(), organisation.getId(), organisation.getMunicipality().getId(),
                organisation.getMunicipality().getRegion().getId());
    }
}
