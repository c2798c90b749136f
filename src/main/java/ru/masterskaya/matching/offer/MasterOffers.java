package ru.masterskaya.matching.offer;

import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.needs.MasterCandidate;
import ru.masterskaya.diagnostics.needs.MasterCandidates;
import ru.masterskaya.diagnostics.needs.TopicCandidates;
import ru.masterskaya.diagnostics.scoring.Profile;
import ru.masterskaya.matching.MeetingFormat;
import ru.masterskaya.matching.request.LatestDiagnoses;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.PersonNotFoundException;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryScope;

/**
 * Masters' offers of an academic year. Coordinators propose and change them within their
 * territory, an institution coordinator reads those of their organisation, and only the master
 * gives consent. Topic percents come from the master's latest self-diagnosis of the year; a topic
 * it did not ask is kept as declared by the coordinator.
 */
@Service
@Transactional(readOnly = true)
public class MasterOffers {

    private static final Collator RUSSIAN = Collator.getInstance(Locale.of("ru"));

    private final MasterOfferRepository offers;
    private final PersonRepository people;
    private final MasterCandidates candidates;
    private final LatestDiagnoses diagnoses;
    private final OfferMails mails;
    private final Clock clock;

    MasterOffers(MasterOfferRepository offers, PersonRepository people, MasterCandidates candidates, LatestDiagnoses diagnoses,
            OfferMails mails, Clock clock) {
        this.offers = offers;
        this.people = people;
        this.candidates = candidates;
        this.diagnoses = diagnoses;
        this.mails = mails;
        this.clock = clock;
    }

    /** The offers of the year whose master works in an organisation the scope covers, by master's name. */
    public List<OfferRow> list(AcademicYear year, RegistryScope scope) {
        List<MasterOffer> ofYear = offers.findByAcademicYear(year.startYear());
        Map<UUID, Person> masters = new HashMap<>();
        people.findAllByIds(ofYear.stream().map(MasterOffer::getPersonId).collect(Collectors.toSet()))
                .forEach(person -> masters.put(person.getId(), loaded(person)));
        return ofYear.stream()
                .filter(offer -> masters.containsKey(offer.getPersonId()) && scope.covers(masters.get(offer.getPersonId()).getOrganisation()))
                .map(offer -> new OfferRow(offer, masters.get(offer.getPersonId())))
                .sorted(Comparator.comparing((OfferRow row) -> row.master().getFullName().full(), RUSSIAN))
                .toList();
    }

    /** Master candidates of the year's closed campaigns who have no offer yet, with their topics. */
    public List<CandidateRow> candidates(AcademicYear year, RegistryScope scope) {
        Set<UUID> offered = offers.findByAcademicYear(year.startYear()).stream().map(MasterOffer::getPersonId).collect(Collectors.toSet());
        Map<UUID, MasterCandidate> people = new LinkedHashMap<>();
        Map<UUID, List<CandidateRow.Strength>> strengths = new HashMap<>();
        for (TopicCandidates topic : candidates.ofYear(year, scope)) {
            for (MasterCandidate candidate : topic.candidates()) {
                if (offered.contains(candidate.personId())) {
                    continue;
                }
                people.putIfAbsent(candidate.personId(), candidate);
                strengths.computeIfAbsent(candidate.personId(), key -> new ArrayList<>())
                        .add(new CandidateRow.Strength(topic.topicId(), topic.topicName(), candidate.percent()));
            }
        }
        return people.values().stream()
                .map(candidate -> new CandidateRow(candidate.personId(), candidate.fullName(), candidate.organisationName(),
                        candidate.category(), strengths.get(candidate.personId())))
                .sorted(Comparator.comparing(CandidateRow::fullName, RUSSIAN))
                .toList();
    }

    /** The topics a candidate is strong and ready on: what a proposal from the candidates list starts with. */
    public Set<UUID> candidateTopics(UUID personId, AcademicYear year, RegistryScope scope) {
        return candidates(year, scope).stream().filter(row -> row.personId().equals(personId))
                .flatMap(row -> row.topics().stream()).map(CandidateRow.Strength::topicId).collect(Collectors.toSet());
    }

    public OfferRow get(UUID id, RegistryScope scope) {
        MasterOffer offer = offers.findById(id).orElseThrow(() -> new OfferNotFoundException(id));
        Person master = people.findWithOrganisationById(offer.getPersonId()).orElseThrow(() -> new OfferNotFoundException(id));
        if (!scope.covers(master.getOrganisation())) {
            throw new OfferNotFoundException(id);
        }
        return new OfferRow(offer, master);
    }

    /** A person the coordinator may propose as a master. */
    public Person master(UUID personId, RegistryScope scope) {
        return people.findWithOrganisationById(personId).filter(person -> scope.covers(person.getOrganisation()))
                .orElseThrow(() -> new PersonNotFoundException(new PersonId(personId)));
    }

    /** Proposes an offer to a master and e-mails them where to give or refuse consent. */
    @Transactional
    public MasterOffer propose(AcademicYear year, OfferParameters parameters, RegistryScope scope, String actor) {
        return propose(year, parameters, scope, actor, ProposalNotice.EMAIL_MASTER);
    }

    @Transactional
    public MasterOffer propose(AcademicYear year, OfferParameters parameters, RegistryScope scope, String actor, ProposalNotice notice) {
        requireManager(scope);
        Person master = master(parameters.personId(), scope);
        if (offers.findByAcademicYearAndPersonId(year.startYear(), master.getId()).isPresent()) {
            throw new OfferAlreadyExists();
        }
        MasterOffer offer = new MasterOffer(year, master.getId(), actor, clock.instant());
        offer.setTerms(parameters, topics(master, year, parameters.topicIds()), served(master, parameters));
        offers.save(offer);
        if (notice == ProposalNotice.EMAIL_MASTER) {
            mails.proposed(offer, master);
        }
        return offer;
    }

    @Transactional
    public MasterOffer change(UUID id, OfferParameters parameters, RegistryScope scope) {
        requireManager(scope);
        OfferRow row = get(id, scope);
        row.offer().setTerms(parameters, topics(row.master(), row.offer().academicYear(), parameters.topicIds()), served(row.master(), parameters));
        return row.offer();
    }

    @Transactional
    public void withdraw(UUID id, RegistryScope scope) {
        requireManager(scope);
        get(id, scope).offer().withdraw(clock.instant());
    }

    /** The person's own offer of the year, if a coordinator proposed one. */
    public Optional<MasterOffer> own(PersonId personId, AcademicYear year) {
        return offers.findByAcademicYearAndPersonId(year.startYear(), personId.value());
    }

    /** The master's consent to their own offer; anyone else's offer is a 404. */
    @Transactional
    public MasterOffer confirm(UUID id, PersonId personId, int capacity, MeetingFormat format) {
        MasterOffer offer = offers.findById(id).filter(found -> found.getPersonId().equals(personId.value()))
                .orElseThrow(() -> new OfferNotFoundException(id));
        offer.confirm(capacity, format, clock.instant());
        return offer;
    }

    private List<OfferTopic> topics(Person master, AcademicYear year, Set<UUID> topicIds) {
        Optional<Profile> profile = diagnoses.of(master.id(), year).map(LatestDiagnoses.Diagnosed::profile);
        return topicIds.stream()
                .map(topicId -> new OfferTopic(topicId, profile.flatMap(found -> found.topic(topicId)).map(Profile.TopicResult::percent).orElse(null)))
                .toList();
    }

    private static Set<UUID> served(Person master, OfferParameters parameters) {
        if (parameters.municipalityIds().isEmpty() && parameters.organisationIds().isEmpty()) {
            return Set.of(master.getOrganisation().getMunicipality().getId());
        }
        return parameters.municipalityIds();
    }

    private static void requireManager(RegistryScope scope) {
        if (!scope.managesTerritory()) {
            throw new AccessDeniedException("Only coordinators of a territory manage offers");
        }
    }

    /** Reads the organisation, its type and municipality now, since pages render after the transaction. */
    private static Person loaded(Person person) {
        person.getOrganisation().getType().getCode();
        person.getOrganisation().getMunicipality().getName();
        return person;
    }
}
