package ru.masterskaya.registry.importing;

import static ru.masterskaya.registry.importing.PersonColumn.EMAIL;

import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.registry.FieldChange;
import ru.masterskaya.registry.FullName;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonManagement;
import ru.masterskaya.registry.PersonParameters;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.PersonRevision;
import ru.masterskaya.registry.RegistryScope;
import ru.masterskaya.registry.SearchText;
import ru.masterskaya.registry.web.PersonFormData;
import ru.masterskaya.registry.web.PersonYearsValidator;

/**
 * Imports people. The e-mail identifies a person: a known e-mail in the user's scope updates that
 * person, a new one registers a person, and one outside the scope is refused without saying whose
 * it is. Everything the checks need is loaded up front with a few queries, not per row.
 */
@Component
class PeopleImport implements RowImport {

    private final PersonManagement registry;
    private final PersonRepository people;
    private final OrganisationManagement organisations;
    private final CategoryLabels categories;
    private final ValidatorFactory validators;
    private final PersonYearsValidator years;
    private final MessageSource messages;

    PeopleImport(
            PersonManagement registry,
            PersonRepository people,
            OrganisationManagement organisations,
            CategoryLabels categories,
            ValidatorFactory validators,
            PersonYearsValidator years,
            MessageSource messages) {
        this.registry = registry;
        this.people = people;
        this.organisations = organisations;
        this.categories = categories;
        this.validators = validators;
        this.years = years;
        this.messages = messages;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PEOPLE;
    }

    @Override
    public PreparedImport prepare(ImportTable table, RegistryScope scope, Locale locale) {
        RowErrors errors = new RowErrors(messages, locale);
        FormRules rules = new FormRules(validators, messages, locale, List.of(years));
        List<Organisation> visible = organisations.visibleTo(scope);
        PersonRowReader reader = new PersonRowReader(
                table, new NameIndex<>(visible, organisation -> List.of(organisation.getShortName())), categories, errors);
        Map<String, Person> registered = registeredByEmail(table);
        Map<String, Integer> rowOfEmail = new HashMap<>();
        List<PersonRow> valid = new ArrayList<>();
        for (ImportRow row : table.rows()) {
            String email = Person.normalizeEmail(row.text(EMAIL));
            Person existing = registered.get(email);
            if (existing != null && !scope.covers(existing.getOrganisation())) {
                errors.add(row, EMAIL, errors.problem("email.outOfScope"));
                existing = null;
            }
            Integer earlier = email.isEmpty() ? null : rowOfEmail.putIfAbsent(email, row.number());
            if (earlier != null) {
                errors.add(row, EMAIL, errors.problem("email.repeated", String.valueOf(earlier)));
            }
            PersonFormData form = reader.read(row, existing);
            rules.problems(form).forEach((property, problem) ->
                    PersonColumn.holding(property).ifPresent(column -> errors.add(row, column, problem)));
            if (!errors.has(row)) {
                valid.add(new PersonRow(row, form, existing));
            }
        }
        rejectProbableDuplicates(valid, errors);
        if (!errors.isEmpty()) {
            return PreparedImport.rejected(new ImportCheck(errors.sentences(), List.of()));
        }
        return plan(valid, visible);
    }

    private Map<String, Person> registeredByEmail(ImportTable table) {
        Set<String> emails = table.rows().stream()
                .map(row -> Person.normalizeEmail(row.text(EMAIL)))
                .filter(email -> !email.isEmpty())
                .collect(Collectors.toSet());
        return people.findAllByEmails(emails).stream().collect(Collectors.toMap(Person::getEmail, Function.identity()));
    }

    /** A new e-mail for a name the organisation already has is most likely the same person typed again. */
    private void rejectProbableDuplicates(List<PersonRow> rows, RowErrors errors) {
        Map<String, List<PersonRow>> newcomers = rows.stream()
                .filter(row -> row.existing() == null)
                .collect(Collectors.groupingBy(PersonRow::nameInOrganisation));
        if (newcomers.isEmpty()) {
            return;
        }
        List<PersonRow> newRows = rows.stream().filter(row -> row.existing() == null).toList();
        Set<UUID> organisationIds = newRows.stream().map(row -> row.form().getOrganisationId()).collect(Collectors.toSet());
        Set<String> names = newRows.stream().map(PersonRow::searchName).collect(Collectors.toSet());
        for (Person namesake : people.findNamesakes(organisationIds, names)) {
            String key = nameInOrganisation(namesake.getOrganisation().getId(), SearchText.normalize(namesake.getFullName().full()));
            for (PersonRow row : newcomers.getOrDefault(key, List.of())) {
                errors.add(row.row(), EMAIL, errors.problem("person.probableDuplicate", namesake.getFullName().full(), namesake.getEmail()));
            }
        }
    }

    private PreparedImport plan(List<PersonRow> rows, List<Organisation> visible) {
        Map<UUID, Organisation> organisationsById = visible.stream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
        List<PersonParameters> registrations = new ArrayList<>();
        List<PersonRevision> revisions = new ArrayList<>();
        List<PlannedRow> planned = new ArrayList<>();
        for (PersonRow row : rows) {
            PersonParameters parameters = row.form().toParameters();
            Organisation organisation = organisationsById.get(parameters.organisationId());
            String name = new FullName(parameters.lastName(), parameters.firstName(), parameters.middleName()).full();
            Person existing = row.existing();
            if (existing == null) {
                registrations.add(parameters);
                planned.add(new PlannedRow(row.row().number(), ImportAction.CREATE, name, organisation.getShortName(), List.of()));
                continue;
            }
            List<FieldChange> changes = existing.changesBy(organisation, parameters);
            if (changes.isEmpty()) {
                planned.add(new PlannedRow(row.row().number(), ImportAction.UNCHANGED, name, organisation.getShortName(), List.of()));
            } else {
                revisions.add(new PersonRevision(existing.id(), existing.getVersion(), parameters));
                planned.add(new PlannedRow(row.row().number(), ImportAction.UPDATE, name, organisation.getShortName(), headers(changes)));
            }
        }
        return new PreparedImport(new ImportCheck(List.of(), planned), (scope, actor) -> {
            registry.registerAll(registrations, scope, actor);
            registry.changeAll(revisions, scope, actor);
        });
    }

    private static List<String> headers(List<FieldChange> changes) {
        return changes.stream()
                .map(change -> PersonColumn.holding(change.field()).map(PersonColumn::header).orElse(change.field()))
                .toList();
    }

    private static String nameInOrganisation(@Nullable UUID organisationId, String searchName) {
        return organisationId + "/" + searchName;
    }

    /** A row that passed the checks of its own cells. */
    private record PersonRow(ImportRow row, PersonFormData form, @Nullable Person existing) {

        String searchName() {
            return SearchText.normalize(new FullName(
                    String.valueOf(form.getLastName()).strip(),
                    String.valueOf(form.getFirstName()).strip(),
                    form.getMiddleName() == null || form.getMiddleName().isBlank() ? null : form.getMiddleName().strip()).full());
        }

        String nameInOrganisation() {
            return PeopleImport.nameInOrganisation(form.getOrganisationId(), searchName());
        }
    }
}
