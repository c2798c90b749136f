package ru.masterskaya.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

    /**
     * Registers many people under the rules of {@link #register}, for an import: organisations and
     * e-mails are checked with a few queries instead of a few per person, and one broken rule
     * rejects the whole batch.
     */
    @Transactional
    public List<Person> registerAll(List<PersonParameters> registrations, RegistryScope scope, String actor) {
        Map<UUID, Organisation> organisations = organisationsInScope(
                registrations.stream().map(PersonParameters::organisationId).toList(), scope);
        ensureEmailsFree(
                registrations.stream().map(PersonParameters::email).toList(),
                Collections.nCopies(registrations.size(), null));
        Instant now = now();
        List<Person> registered = people.saveAll(registrations.stream()
                .map(parameters -> new Person(organisations.get(parameters.organisationId()), parameters, now))
                .toList());
        registered.forEach(person -> events.publishEvent(new PersonRegistered(
                person.id(), person.getOrganisation().id(), person.getFullName().full(), actor)));
        return registered;
    }

    /**
     * Changes many people under the rules of {@link #change}, for an import; people whose data
     * would not change are left untouched. Returns the people that changed.
     */
    @Transactional
    public List<Person> changeAll(List<PersonRevision> revisions, RegistryScope scope, String actor) {
        List<UUID> ids = revisions.stream().map(revision -> revision.id().value()).toList();
        Map<UUID, Person> current = new HashMap<>();
        for (Person person : people.findAllByIds(ids)) {
            if (scope.covers(person.getOrganisation())) {
                current.put(person.getId(), person);
            }
        }
        Map<UUID, Organisation> organisations = organisationsInScope(
                revisions.stream().map(revision -> revision.parameters().organisationId()).toList(), scope);
        ensureEmailsFree(revisions.stream().map(revision -> revision.parameters().email()).toList(), ids);
        Instant now = now();
        List<Person> changed = new ArrayList<>();
        for (PersonRevision revision : revisions) {
            Person person = current.get(revision.id().value());
            if (person == null) {
                throw new PersonNotFoundException(revision.id());
            }
            if (person.getVersion() != revision.expectedVersion()) {
                throw new ConcurrentEditException(person);
            }
            Organisation organisation = organisations.get(revision.parameters().organisationId());
            if (person.changesBy(organisation, revision.parameters()).isEmpty()) {
                continue;
            }
            List<FieldChange> changes = person.change(organisation, revision.parameters(), now);
            events.publishEvent(new PersonChanged(person.id(), person.getFullName().full(), actor, changes));
            changed.add(person);
        }
        return changed;
    }

    /** Each e-mail occurs once in the batch and belongs to nobody but its intended owner (null: a new person). */
    private void ensureEmailsFree(List<String> emails, List<@Nullable UUID> owners) {
        Map<String, @Nullable UUID> intended = new HashMap<>();
        for (int i = 0; i < emails.size(); i++) {
            String email = Person.normalizeEmail(emails.get(i));
            if (intended.containsKey(email)) {
                throw new EmailAlreadyRegistered(email);
            }
            intended.put(email, owners.get(i));
        }
        for (Person holder : people.findAllByEmails(intended.keySet())) {
            if (!holder.getId().equals(intended.get(holder.getEmail()))) {
                throw new EmailAlreadyRegistered(holder.getEmail());
            }
        }
    }

    private Map<UUID, Organisation> organisationsInScope(Collection<UUID> ids, RegistryScope scope) {
        Set<UUID> wanted = new HashSet<>(ids);
        Map<UUID, Organisation> found = new HashMap<>();
        for (Organisation organisation : organisations.findAllById(wanted)) {
            if (scope.covers(organisation)) {
                found.put(organisation.getId(), organisation);
            }
        }
        for (UUID id : wanted) {
            if (!found.containsKey(id)) {
                throw new OrganisationNotFoundException(id);
            }
        }
        return found;
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
