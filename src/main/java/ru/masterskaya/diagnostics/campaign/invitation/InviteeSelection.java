package ru.masterskaya.diagnostics.campaign.invitation;

import java.util.Set;
import ru.masterskaya.registry.account.AccountRoles;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.OrganisationType;
import ru.masterskaya.registry.PeopleFilter;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonManagement;
import ru.masterskaya.registry.RegistryScope;

/**
 * Turns criteria into people. Only people who still work and have an e-mail address are invited,
 * and only within the scope given, so a deputy director never reaches another school's staff.
 */
@Component
@Transactional(readOnly = true)
public class InviteeSelection {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Sort BY_NAME = Sort.by("lastName", "firstName", "middleName");

    private final PersonManagement people;
    private final OrganisationManagement organisations;
    private final MessageSource messages;
    private final AccountRoles roles;

    InviteeSelection(PersonManagement people, OrganisationManagement organisations, MessageSource messages, AccountRoles roles) {
        this.roles = roles;
        this.people = people;
        this.organisations = organisations;
        this.messages = messages;
    }

    public List<Person> select(InviteeCriteria criteria, RegistryScope scope) {
        Map<UUID, Person> chosen = new LinkedHashMap<>();
        if (!criteria.organisationIds().isEmpty() || !criteria.typeCodes().isEmpty() || !criteria.positions().isEmpty()
                || !criteria.roles().isEmpty()) {
            Set<UUID> holders = roles.peopleHolding(criteria.roles());
            for (Person person : people.searchAll(activeOnly(PeopleFilter.none()), scope, BY_NAME)) {
                if (matches(person, criteria) || holders.contains(person.getId())) {
                    chosen.putIfAbsent(person.getId(), person);
                }
            }
        }
        if (criteria.filter() != null) {
            people.searchAll(activeOnly(criteria.filter()), scope, BY_NAME).forEach(person -> chosen.putIfAbsent(person.getId(), person));
        }
        return chosen.values().stream().filter(person -> person.isActive() && hasEmail(person)).toList();
    }

    public int count(InviteeCriteria criteria, RegistryScope scope) {
        return criteria.isEmpty() ? 0 : select(criteria, scope).size();
    }

    /** The positions held by working people in the scope, alphabetically: the choices of the form. */
    public List<String> positions(RegistryScope scope) {
        Collator collator = Collator.getInstance(RUSSIAN);
        return people.searchAll(activeOnly(PeopleFilter.none()), scope, Sort.by("position")).stream()
                .map(Person::getPosition).filter(Objects::nonNull).map(String::strip).filter(position -> !position.isEmpty())
                .distinct().sorted(collator).toList();
    }

    /** The criteria in words, stored with the campaign so that everyone sees later who was invited. */
    public String describe(InviteeCriteria criteria, RegistryScope scope) {
        Collator collator = Collator.getInstance(RUSSIAN);
        List<String> parts = new ArrayList<>();
        if (!criteria.organisationIds().isEmpty()) {
            parts.add(text("invitees.describe.organisations", names(organisations.visibleTo(scope), criteria.organisationIds(),
                    Organisation::getId, Organisation::getShortName, collator)));
        }
        if (!criteria.typeCodes().isEmpty()) {
            parts.add(text("invitees.describe.types", names(organisations.activeTypes(), criteria.typeCodes(),
                    OrganisationType::getCode, OrganisationType::getName, collator)));
        }
        if (!criteria.positions().isEmpty()) {
            parts.add(text("invitees.describe.positions", criteria.positions().stream().sorted(collator).collect(Collectors.joining(", "))));
        }
        if (!criteria.roles().isEmpty()) {
            parts.add(text("invitees.describe.roles", criteria.roles().stream().sorted()
                    .map(role -> messages.getMessage(role.messageKey(), null, RUSSIAN)).collect(Collectors.joining(", "))));
        }
        if (criteria.filter() != null) {
            parts.add(text("invitees.describe.filter", describe(criteria.filter(), scope)));
        }
        String description = String.join("; ", parts);
        return description.length() > 2000 ? description.substring(0, 1999) + "…" : description;
    }

    /** An addition to a running campaign in words: «дополнительно 23.11.2026: организации: …». */
    public String describeAddition(InviteeCriteria criteria, RegistryScope scope, LocalDate day) {
        return text("invitees.describe.added", day.format(DAY), describe(criteria, scope));
    }

    private String describe(PeopleFilter filter, RegistryScope scope) {
        List<String> parts = new ArrayList<>();
        if (filter.query() != null && !filter.query().isBlank()) {
            parts.add(text("invitees.describe.filter.query", filter.query().strip()));
        }
        if (filter.organisationId() != null) {
            organisations.visibleTo(scope).stream().filter(o -> o.getId().equals(filter.organisationId())).findFirst()
                    .ifPresent(o -> parts.add(text("invitees.describe.filter.organisation", o.getShortName())));
        }
        if (filter.typeCode() != null) {
            organisations.activeTypes().stream().filter(t -> t.getCode().equals(filter.typeCode())).findFirst()
                    .ifPresent(t -> parts.add(text("invitees.describe.filter.type", t.getName())));
        }
        if (filter.category() != null) {
            parts.add(text("invitees.describe.filter.category", messages.getMessage(filter.category().messageKey(), null, RUSSIAN)));
        }
        if (filter.youngSpecialistsOnly()) {
            parts.add(text("invitees.describe.filter.young"));
        }
        return parts.isEmpty() ? text("invitees.describe.filter.everyone") : String.join(", ", parts);
    }

    private static <T, K> String names(Collection<T> all, Collection<K> chosen, Function<T, K> key, Function<T, String> name, Collator collator) {
        return all.stream().filter(item -> chosen.contains(key.apply(item))).map(name).sorted(collator).collect(Collectors.joining(", "));
    }

    private String text(String key, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, RUSSIAN);
    }

    private static boolean matches(Person person, InviteeCriteria criteria) {
        Organisation organisation = person.getOrganisation();
        return criteria.organisationIds().contains(organisation.getId())
                || criteria.typeCodes().contains(organisation.getType().getCode())
                || (person.getPosition() != null && criteria.positions().contains(person.getPosition().strip()));
    }

    private static boolean hasEmail(Person person) {
        return person.getEmail() != null && !person.getEmail().isBlank();
    }

    private static PeopleFilter activeOnly(PeopleFilter filter) {
        return new PeopleFilter(filter.query(), filter.municipalityId(), filter.organisationId(), filter.typeCode(), filter.category(),
                Boolean.TRUE, filter.youngSpecialistsOnly());
    }
}
