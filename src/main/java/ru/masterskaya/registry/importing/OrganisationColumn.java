package ru.masterskaya.registry.importing;

import java.util.Arrays;
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

    private final String header;
    private final boolean required;
    private final int width;
    private final List<String> aliases;
    private final List<String> properties;

    OrganisationColumn(String header, boolean required, int width, List<String> aliases, String... properties) {
        this.header = header;
        this.required = required;
        this.width = width;
        this.aliases = aliases;
        this.properties = List.of(properties);
    }

    public static Optional<OrganisationColumn> holding(String property) {
        return Arrays.stream(values()).filter(column -> column.holds(property)).findFirst();
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public boolean holds(String property) {
        return properties.contains(property);
    }
}
