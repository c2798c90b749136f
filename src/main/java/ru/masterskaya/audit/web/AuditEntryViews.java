package ru.masterskaya.audit.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.audit.AuditEntry;
import ru.masterskaya.registry.FieldChange;
import ru.masterskaya.registry.OrganisationRepository;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.QualificationCategory;
import ru.masterskaya.registry.Role;

/** Turns stored audit entries into readable lines: «Должность: «учитель» → «методист»». */
@Component
class AuditEntryViews {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String PERSON = "PERSON";
    private static final String ORGANISATION = "ORGANISATION";
    private static final String ROLE = "ROLE";

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final MessageSource messages;
    private final Clock clock;

    AuditEntryViews(PersonRepository people, OrganisationRepository organisations, MessageSource messages, Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.messages = messages;
        this.clock = clock;
    }

    List<AuditEntryView> of(List<AuditEntry> entries, Locale locale) {
        Map<String, String> actorNames = namesOf(entries.stream().map(AuditEntry::getActor).collect(Collectors.toSet()));
        Set<UUID> existingPeople = existing(entries, Set.of(PERSON, ROLE), people::findAllById, Person::getId);
        Set<UUID> existingOrganisations = existing(entries, Set.of(ORGANISATION), organisations::findAllById,
                organisation -> organisation.getId());
        return entries.stream().map(entry -> new AuditEntryView(
                        WHEN.format(entry.getOccurredAt().atZone(clock.getZone())),
                        actorNames.getOrDefault(entry.getActor(), entry.getActor()),
                        entry.getActor(),
                        "audit.subject." + entry.getSubject(),
                        entry.getSubjectLabel(),
                        link(entry, existingPeople, existingOrganisations),
                        "audit.action." + entry.getAction(),
                        entry.getChanges().stream().map(change -> describe(entry.getSubject(), change, locale)).toList()))
                .toList();
    }

    /** Short names of the people who acted, where the actor is someone's login. */
    Map<String, String> namesOf(Collection<String> actors) {
        if (actors.isEmpty()) {
            return Map.of();
        }
        return people.findByEmailIn(actors).stream()
                .collect(Collectors.toMap(Person::getEmail, person -> person.getFullName().initialsFirst(), (a, b) -> a));
    }

    private static <T> Set<UUID> existing(
            List<AuditEntry> entries, Set<String> subjects, Function<List<UUID>, List<T>> find, Function<T, UUID> id) {
        List<UUID> ids = entries.stream()
                .filter(entry -> subjects.contains(entry.getSubject()))
                .map(entry -> uuid(entry.getSubjectId()))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        return ids.isEmpty() ? Set.of() : find.apply(ids).stream().map(id).collect(Collectors.toCollection(HashSet::new));
    }

    private static @Nullable String link(AuditEntry entry, Set<UUID> existingPeople, Set<UUID> existingOrganisations) {
        Optional<UUID> id = uuid(entry.getSubjectId());
        if (id.isEmpty()) {
            return null;
        }
        return switch (entry.getSubject()) {
            case PERSON, ROLE -> existingPeople.contains(id.get()) ? "/people/" + id.get() : null;
            case ORGANISATION -> existingOrganisations.contains(id.get()) ? "/organisations/" + id.get() : null;
            default -> null;
        };
    }

    private String describe(String subject, FieldChange change, Locale locale) {
        String labelKey = ORGANISATION.equals(subject) && change.field().equals("fullName")
                ? "field.fullName.organisation"
                : "field." + change.field();
        String label = messages.getMessage(labelKey, null, change.field(), locale);
        String before = value(change.field(), change.before(), locale);
        String after = value(change.field(), change.after(), locale);
        if (before.isEmpty()) {
            return messages.getMessage("audit.change.added", new Object[] {label, after}, locale);
        }
        if (after.isEmpty()) {
            return messages.getMessage("audit.change.removed", new Object[] {label, before}, locale);
        }
        return messages.getMessage("audit.change", new Object[] {label, before, after}, locale);
    }

    /** Codes stored in the log, such as categories, roles and yes/no, read in the reader's language. */
    private String value(String field, @Nullable String stored, Locale locale) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        return switch (field) {
            case "category" -> enumLabel(QualificationCategory.class, stored)
                    .map(category -> messages.getMessage(category.messageKey(), null, stored, locale))
                    .orElse(stored);
            case "active" -> messages.getMessage("audit.value." + stored, null, stored, locale);
            case "role" -> roleValue(stored, locale);
            default -> stored;
        };
    }

    /** «COORDINATOR (Муниципалитет: …)» as «Руководитель мастерской (методист) (Муниципалитет: …)». */
    private String roleValue(String stored, Locale locale) {
        int space = stored.indexOf(' ');
        String code = space < 0 ? stored : stored.substring(0, space);
        String rest = space < 0 ? "" : stored.substring(space);
        return enumLabel(Role.class, code)
                .map(role -> messages.getMessage(role.messageKey(), null, code, locale) + rest)
                .orElse(stored);
    }

    private static <E extends Enum<E>> Optional<E> enumLabel(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
