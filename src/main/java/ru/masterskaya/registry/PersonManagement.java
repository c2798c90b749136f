package ru.masterskaya.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and changes people, always within the scope of the user who asks. */
@Service
@Transactional(readOnly = true)
public class PersonManagement {

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonManagement(PersonRepository people, OrganisationRepository organisations, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    public Page<Person> search(PeopleFilter filter, RegistryScope scope, Pageable pageable) {
        return people.findAll(RegistrySpecifications.people(filter, scope, currentYear()), pageable);
    }

    public List<Person> searchAll(PeopleFilter filter, RegistryScope scope, Sort sort) {
        return people.findAll(RegistrySpecifications.people(filter, scope, currentYear()), sort);
    }

    public Person get(PersonId id, RegistryScope scope) {
        return people.findWithOrganisationById(id.value())
                .filter(person -> scope.covers(person.getOrganisation()))
                .orElseThrow(() -> new PersonNotFoundException(id));
    }

    /** The person's own record, whatever their roles. */
    public Person own(PersonId id) {
        return people.findWithOrganisationById(id.value()).orElseThrow(() -> new PersonNotFoundException(id));
    }

    @Transactional
    public Person register(PersonParameters parameters, RegistryScope scope, String actor) {
        Organisation organisation = organisationInScope(parameters, scope);
        people.findByEmail(Person.normalizeEmail(parameters.email())).ifPresent(existing -> {
            throw new EmailAlreadyRegistered(parameters.email());
        });
        Person person = people.save(new Person(organisation, parameters, now()));
        events.publishEvent(new PersonRegistered(person.id(), organisation.id(), person.getFullName().full(), actor));
        return person;
    }

    @Transactional
    public Person change(PersonId id, long expectedVersion, PersonParameters parameters, RegistryScope scope, String actor) {
        Person person = get(id, scope);
        if (person.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(person);
        }
        Organisation organisation = organisationInScope(parameters, scope);
        people.findByEmail(Person.normalizeEmail(parameters.email()))
                .filter(other -> !other.getId().equals(person.getId()))
                .ifPresent(other -> {
                    throw new EmailAlreadyRegistered(parameters.email());
                });
        List<FieldChange> changes = person.change(organisation, parameters, now());
        if (!changes.isEmpty()) {
            events.publishEvent(new PersonChanged(person.id(), person.getFullName().full(), actor, changes));
        }
        return person;
    }

    private Organisation organisationInScope(PersonParameters parameters, RegistryScope scope) {
        return organisations.findById(parameters.organisationId())
                .filter(scope::covers)
                .orElseThrow(() -> new OrganisationNotFoundException(parameters.organisationId()));
    }

    private Instant now() {
        return clock.instant();
    }

    private int currentYear() {
        return LocalDate.now(clock).getYear();
    }
}
