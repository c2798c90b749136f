package ru.masterskaya.registry.importing;

import java.util.List;
import java.util.Optional;

/** The columns of an organisations file, in the order of the template and the export. */
public enum OrganisationColumn implements ImportColumn {
    MUNICIPALITY("Муниципалитет", true, 30, List.of("Муниципальное образование"), "municipalityId", "municipality"),
    TYPE("Тип организации", true, 40, List.of("Тип"), "typeCode", "type"),
    SHORT_NAME("Краткое наименование", true, 30, List.of(), "shortName"),
    FULL_NAME("Полное наименование", true, 60, List.of(), "fullName"),
    ADDRESS("Адрес", false, 45, List.of(), "address"),
    INN("ИНН", false, 15, List.of(), "inn");

    private final ColumnSpec spec;

    OrganisationColumn(String header, boolean required, int width, List<String> aliases, String... properties) {
        this.spec = new ColumnSpec(header, required, width, aliases, List.of(properties));
    }

    public static Optional<OrganisationColumn> holding(String property) {
        return ImportColumn.holding(OrganisationColumn.class, property);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
