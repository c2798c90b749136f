package ru.masterskaya.matching.request;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.matching.MeetingFormat;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryScope;

/**
 * Practitioners' requests of an academic year. A practitioner is anyone whose finished
 * self-diagnosis shows a need, whatever their roles. Coordinators generate the requests of their
 * territory; the practitioner sets the priority and preferences on their own page.
 */
@Service
@Transactional(readOnly = true)
public class PractitionerRequests {

    private static final Collator RUSSIAN = Collator.getInstance(Locale.of("ru"));

    private final PractitionerRequestRepository requests;
    private final PersonRepository people;
    private final LatestDiagnoses diagnoses;
    private final Clock clock;

    PractitionerRequests(PractitionerRequestRepository requests, PersonRepository people, LatestDiagnoses diagnoses, Clock clock) {
        this.requests = requests;
        this.people = people;
        this.diagnoses = diagnoses;
        this.clock = clock;
    }

    /** The requests of the year whose practitioner works in an organisation the scope covers, by name. */
    public List<RequestRow> list(AcademicYear year, RegistryScope scope) {
        List<PractitionerRequest> ofYear = requests.findByAcademicYear(year.startYear());
        Map<UUID, Person> persons = new HashMap<>();
        people.findAllByIds(ofYear.stream().map(PractitionerRequest::getPersonId).collect(Collectors.toSet()))
                .forEach(person -> persons.put(person.getId(), loaded(person)));
        return ofYear.stream()
                .filter(request -> persons.containsKey(request.getPersonId()) && scope.covers(persons.get(request.getPersonId()).getOrganisation()))
                .map(request -> new RequestRow(request, persons.get(request.getPersonId())))
                .sorted(Comparator.comparing((RequestRow row) -> row.practitioner().getFullName().full(), RUSSIAN))
                .toList();
    }

    /**
     * Creates or refreshes the requests from each person's latest finished self-diagnosis of the
     * year in the scope; returns how many requests are open afterwards among those touched.
     */
    @Transactional
    public int generate(AcademicYear year, RegistryScope scope) {
        if (!scope.managesTerritory()) {
            throw new AccessDeniedException("Only coordinators of a territory generate requests");
        }
        Instant now = clock.instant();
        int open = 0;
        for (LatestDiagnoses.Diagnosed diagnosed : diagnoses.inScope(year, scope)) {
            List<RequestTopic> needs = needsOf(diagnosed);
            UUID personId = diagnosed.response().getPersonId();
            Optional<PractitionerRequest> existing = requests.findByAcademicYearAndPersonId(year.startYear(), personId);
            if (existing.isEmpty() && needs.isEmpty()) {
                continue;
            }
            PractitionerRequest request = existing.orElseGet(() -> new PractitionerRequest(year, personId));
            request.refresh(diagnosed.response().getId(), needs, now);
            requests.save(request);
            if (request.getStatus() == RequestStatus.OPEN) {
                open++;
            }
        }
        return open;
    }

    public Optional<PractitionerRequest> own(PersonId personId, AcademicYear year) {
        return requests.findByAcademicYearAndPersonId(year.startYear(), personId.value());
    }

    /** The practitioner's own choices; anyone else's request is a 404. */
    @Transactional
    public PractitionerRequest choose(UUID id, PersonId personId, @Nullable UUID priorityTopicId, @Nullable MeetingFormat format,
            boolean ownOrganisationAcceptable) {
        PractitionerRequest request = requests.findById(id).filter(found -> found.getPersonId().equals(personId.value()))
                .orElseThrow(() -> new RequestNotFoundException(id));
        request.choose(priorityTopicId, format, ownOrganisationAcceptable);
        return request;
    }

    private static List<RequestTopic> needsOf(LatestDiagnoses.Diagnosed diagnosed) {
        return diagnosed.profile().topics().stream()
                .filter(topic -> topic.level().isNeed())
                .map(topic -> new RequestTopic(topic.topicId(), topic.percent(), topic.level()))
                .toList();
    }

    /** Reads the organisation, its type and municipality now, since pages render after the transaction. */
    private static Person loaded(Person person) {
        person.getOrganisation().getType().getCode();
        person.getOrganisation().getMunicipality().getName();
        return person;
    }
}
