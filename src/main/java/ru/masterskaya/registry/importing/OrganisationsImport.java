package ru.masterskaya.registry.importing;

import static ru.masterskaya.registry.importing.OrganisationColumn.ADDRESS;
import static ru.masterskaya.registry.importing.OrganisationColumn.FULL_NAME;
import static ru.masterskaya.registry.importing.OrganisationColumn.INN;
import static ru.masterskaya.registry.importing.OrganisationColumn.MUNICIPALITY;
import static ru.masterskaya.registry.importing.OrganisationColumn.SHORT_NAME;
import static ru.masterskaya.registry.importing.OrganisationColumn.TYPE;

import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.registry.FieldChange;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.OrganisationParameters;
import ru.masterskaya.registry.OrganisationRepository;
import ru.masterskaya.registry.OrganisationRevision;
import ru.masterskaya.registry.OrganisationType;
import ru.masterskaya.registry.RegistryScope;
import ru.masterskaya.registry.web.OrganisationFormData;

/**
 * Imports organisations. A municipality and a short name identify an organisation: a known pair
 * updates it, a new pair registers one. An ИНН belongs to one organisation only.
 */
@Component
class OrganisationsImport implements RowImport {

    private final OrganisationManagement registry;
    private final OrganisationRepository organisations;
    private final ValidatorFactory validators;
    private final MessageSource messages;

    OrganisationsImport(
            OrganisationManagement registry, OrganisationRepository organisations, ValidatorFactory validators, MessageSource messages) {
        this.registry = registry;
        this.organisations = organisations;
        this.validators = validators;
        this.messages = messages;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ORGANISATIONS;
    }

    @Override
    public PreparedImport prepare(ImportTable table, RegistryScope scope, Locale locale) {
        RowErrors errors = new RowErrors(messages, locale);
        FormRules rules = new FormRules(validators, messages, locale, List.of());
        List<Municipality> municipalities = registry.municipalitiesIn(scope);
        NameIndex<Municipality> municipalityNames = new NameIndex<>(municipalities, municipality -> List.of(municipality.getName()));
        List<OrganisationType> types = registry.activeTypes();
        NameIndex<OrganisationType> typeNames = new NameIndex<>(types, type -> List.of(type.getName(), type.getCode()));
        Map<String, List<Organisation>> registered = organisations
                .findByMunicipalityIdIn(municipalities.stream().map(Municipality::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(organisation -> key(organisation.getMunicipality(), organisation.getShortName())));
        Map<String, List<Organisation>> innHolders = innHolders(table);
        Map<String, Integer> rowOfKey = new HashMap<>();
        Map<String, Integer> rowOfInn = new HashMap<>();
        List<OrganisationRow> valid = new ArrayList<>();
        for (ImportRow row : table.rows()) {
            Municipality municipality = choose(row, MUNICIPALITY, municipalityNames, "municipality.notFound", Municipality::getName, errors);
            Organisation existing = null;
            if (municipality != null && !row.isBlank(SHORT_NAME)) {
                String key = key(municipality, row.text(SHORT_NAME));
                List<Organisation> same = registered.getOrDefault(key, List.of());
                if (same.size() > 1) {
                    errors.add(row, SHORT_NAME, errors.problem("organisation.similar"));
                } else if (same.size() == 1) {
                    existing = same.getFirst();
                }
                Integer earlier = rowOfKey.putIfAbsent(key, row.number());
                if (earlier != null) {
                    errors.add(row, SHORT_NAME, errors.problem("organisation.repeated", String.valueOf(earlier)));
                }
            }
            OrganisationFormData form = read(table, row, existing, municipality, typeNames, errors);
            checkInn(row, existing, innHolders, rowOfInn, errors);
            rules.problems(form).forEach((property, problem) ->
                    OrganisationColumn.holding(property).ifPresent(column -> errors.add(row, column, problem)));
            if (!errors.has(row)) {
                valid.add(new OrganisationRow(row, form, existing, municipality));
            }
        }
        if (!errors.isEmpty()) {
            return PreparedImport.rejected(new ImportCheck(errors.sentences(), List.of()));
        }
        return plan(valid, types);
    }

    private OrganisationFormData read(
            ImportTable table,
            ImportRow row,
            @Nullable Organisation existing,
            @Nullable Municipality municipality,
            NameIndex<OrganisationType> types,
            RowErrors errors) {
        OrganisationFormData form = existing == null ? new OrganisationFormData() : OrganisationFormData.from(existing);
        form.setMunicipalityId(municipality == null ? null : municipality.getId());
        text(table, row, SHORT_NAME, form::setShortName);
        text(table, row, FULL_NAME, form::setFullName);
        text(table, row, ADDRESS, form::setAddress);
        text(table, row, INN, form::setInn);
        OrganisationType type = choose(row, TYPE, types, "type.unknown", OrganisationType::getName, errors);
        form.setTypeCode(type == null ? null : type.getCode());
        return form;
    }

    private static void text(ImportTable table, ImportRow row, OrganisationColumn column, Consumer<@Nullable String> property) {
        if (table.has(column)) {
            property.accept(row.isBlank(column) ? null : row.text(column));
        }
    }

    /** The one item the cell names; otherwise the cell's error, and null. A blank cell is left to the form's rules. */
    private static <T> @Nullable T choose(
            ImportRow row, OrganisationColumn column, NameIndex<T> index, String notFound, Function<T, String> name, RowErrors errors) {
        if (row.isBlank(column)) {
            return null;
        }
        List<T> matches = index.matches(row.text(column));
        if (matches.size() == 1) {
            return matches.getFirst();
        }
        errors.add(row, column, matches.isEmpty()
                ? errors.problem(notFound)
                : errors.problem("ambiguous", matches.stream().map(name).collect(Collectors.joining("; "))));
        return null;
    }

    private Map<String, List<Organisation>> innHolders(ImportTable table) {
        Set<String> inns = table.rows().stream().map(row -> row.text(INN)).filter(inn -> !inn.isEmpty()).collect(Collectors.toSet());
        return organisations.findAllByInns(inns).stream().collect(Collectors.groupingBy(Organisation::getInn));
    }

    private static void checkInn(
            ImportRow row,
            @Nullable Organisation existing,
            Map<String, List<Organisation>> holders,
            Map<String, Integer> rowOfInn,
            RowErrors errors) {
        if (row.isBlank(INN)) {
            return;
        }
        Integer earlier = rowOfInn.putIfAbsent(row.text(INN), row.number());
        if (earlier != null) {
            errors.add(row, INN, errors.problem("inn.repeated", String.valueOf(earlier)));
        }
        UUID self = existing == null ? null : existing.getId();
        if (holders.getOrDefault(row.text(INN), List.of()).stream().anyMatch(holder -> !holder.getId().equals(self))) {
            errors.add(row, INN, errors.problem("inn.taken"));
        }
    }

    private PreparedImport plan(List<OrganisationRow> rows, List<OrganisationType> types) {
        Map<String, OrganisationType> typesByCode = types.stream().collect(Collectors.toMap(OrganisationType::getCode, Function.identity()));
        List<OrganisationParameters> registrations = new ArrayList<>();
        List<OrganisationRevision> revisions = new ArrayList<>();
        List<PlannedRow> planned = new ArrayList<>();
        for (OrganisationRow row : rows) {
            OrganisationParameters parameters = row.form().toParameters();
            String place = row.municipality().getName();
            Organisation existing = row.existing();
            if (existing == null) {
                registrations.add(parameters);
                planned.add(new PlannedRow(row.row().number(), ImportAction.CREATE, parameters.shortName(), place, List.of()));
                continue;
            }
            List<FieldChange> changes = existing.changesBy(row.municipality(), typesByCode.get(parameters.typeCode()), parameters);
            if (changes.isEmpty()) {
                planned.add(new PlannedRow(row.row().number(), ImportAction.UNCHANGED, parameters.shortName(), place, List.of()));
            } else {
                revisions.add(new OrganisationRevision(existing.id(), existing.getVersion(), parameters));
                planned.add(new PlannedRow(row.row().number(), ImportAction.UPDATE, parameters.shortName(), place, headers(changes)));
            }
        }
        return new PreparedImport(new ImportCheck(List.of(), planned), (scope, actor) -> {
            registry.registerAll(registrations, scope, actor);
            registry.changeAll(revisions, scope, actor);
        });
    }

    private static List<String> headers(List<FieldChange> changes) {
        return changes.stream()
                .map(change -> OrganisationColumn.holding(change.field()).map(OrganisationColumn::header).orElse(change.field()))
                .toList();
    }

    private static String key(Municipality municipality, String shortName) {
        return municipality.getId() + "/" + Names.key(shortName);
    }

    /** A row that passed the checks of its own cells; its municipality is known by then. */
    private record OrganisationRow(ImportRow row, OrganisationFormData form, @Nullable Organisation existing, Municipality municipality) {}
}
