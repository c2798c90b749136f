package ru.masterskaya.registry.importing;

import static ru.masterskaya.registry.importing.PersonColumn.ACTIVE;
import static ru.masterskaya.registry.importing.PersonColumn.BIRTH_YEAR;
import static ru.masterskaya.registry.importing.PersonColumn.CATEGORY;
import static ru.masterskaya.registry.importing.PersonColumn.EMAIL;
import static ru.masterskaya.registry.importing.PersonColumn.EXPERIENCE_SINCE_YEAR;
import static ru.masterskaya.registry.importing.PersonColumn.FIRST_NAME;
import static ru.masterskaya.registry.importing.PersonColumn.LAST_NAME;
import static ru.masterskaya.registry.importing.PersonColumn.MIDDLE_NAME;
import static ru.masterskaya.registry.importing.PersonColumn.ORGANISATION;
import static ru.masterskaya.registry.importing.PersonColumn.PHONE;
import static ru.masterskaya.registry.importing.PersonColumn.POSITION;
import static ru.masterskaya.registry.importing.PersonColumn.SUBJECTS;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.QualificationCategory;
import ru.masterskaya.registry.web.PersonFormData;

/**
 * Turns a row of a people file into the form a person would fill in, and reports the cells that
 * cannot even be read (an unknown organisation or category, a year that is not a number). A known
 * person's form starts from their record, so a column missing from the file keeps its values.
 */
final class PersonRowReader {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final ImportTable table;
    private final NameIndex<Organisation> organisations;
    private final CategoryLabels categories;
    private final RowErrors errors;

    PersonRowReader(ImportTable table, NameIndex<Organisation> organisations, CategoryLabels categories, RowErrors errors) {
        this.table = table;
        this.organisations = organisations;
        this.categories = categories;
        this.errors = errors;
    }

    PersonFormData read(ImportRow row, @Nullable Person existing) {
        PersonFormData form = existing == null ? new PersonFormData() : PersonFormData.from(existing);
        text(row, LAST_NAME, form::setLastName);
        text(row, FIRST_NAME, form::setFirstName);
        text(row, MIDDLE_NAME, form::setMiddleName);
        text(row, EMAIL, form::setEmail);
        text(row, PHONE, form::setPhone);
        text(row, POSITION, form::setPosition);
        text(row, SUBJECTS, form::setSubjects);
        if (table.has(ORGANISATION)) {
            form.setOrganisationId(organisation(row));
        }
        if (table.has(CATEGORY)) {
            form.setCategory(category(row));
        }
        if (table.has(EXPERIENCE_SINCE_YEAR)) {
            form.setExperienceSinceYear(year(row, EXPERIENCE_SINCE_YEAR));
        }
        if (table.has(BIRTH_YEAR)) {
            form.setBirthYear(year(row, BIRTH_YEAR));
        }
        if (table.has(ACTIVE)) {
            form.setActive(active(row));
        }
        return form;
    }

    private void text(ImportRow row, PersonColumn column, Consumer<@Nullable String> property) {
        if (table.has(column)) {
            property.accept(row.isBlank(column) ? null : row.text(column));
        }
    }

    private @Nullable UUID organisation(ImportRow row) {
        if (row.isBlank(ORGANISATION)) {
            return null;
        }
        List<Organisation> matches = organisations.matches(row.text(ORGANISATION));
        if (matches.size() == 1) {
            return matches.getFirst().getId();
        }
        errors.add(row, ORGANISATION, matches.isEmpty()
                ? errors.problem("organisation.notFound")
                : errors.problem("organisation.ambiguous", matches.stream()
                        .map(organisation -> organisation.getMunicipality().getName())
                        .sorted()
                        .collect(Collectors.joining(", "))));
        return null;
    }

    private @Nullable QualificationCategory category(ImportRow row) {
        if (row.isBlank(CATEGORY)) {
            return QualificationCategory.NONE;
        }
        QualificationCategory category = categories.parse(row.text(CATEGORY)).orElse(null);
        if (category == null) {
            errors.add(row, CATEGORY, errors.problem("category.unknown"));
        }
        return category;
    }

    private @Nullable Integer year(ImportRow row, PersonColumn column) {
        if (row.isBlank(column)) {
            return null;
        }
        if (WHOLE_NUMBER.matcher(row.text(column)).matches()) {
            return Integer.valueOf(row.text(column));
        }
        errors.add(row, column, errors.problem("year.notNumber"));
        return null;
    }

    private boolean active(ImportRow row) {
        if (row.isBlank(ACTIVE)) {
            return true;
        }
        Boolean active = YesNo.parse(row.text(ACTIVE)).orElse(null);
        if (active == null) {
            errors.add(row, ACTIVE, errors.problem("yesNo"));
            return true;
        }
        return active;
    }
}
