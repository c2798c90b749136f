package ru.masterskaya.registry.importing;

import java.util.List;
import java.util.Optional;

/** The columns of a people file, in the order of the template and the export. */
public enum PersonColumn implements ImportColumn {
    LAST_NAME("Фамилия", true, 18, List.of(), "lastName"),
    FIRST_NAME("Имя", true, 16, List.of(), "firstName"),
    MIDDLE_NAME("Отчество", false, 18, List.of(), "middleName"),
    EMAIL("E-mail", true, 30, List.of("Email", "Электронная почта", "Адрес электронной почты"), "email"),
    PHONE("Телефон", false, 18, List.of(), "phone"),
    ORGANISATION("Организация", true, 30, List.of("Краткое наименование организации"), "organisationId", "organisation"),
    POSITION("Должность", true, 26, List.of(), "position"),
    SUBJECTS("Предметы", false, 28, List.of("Преподаваемые предметы"), "subjects"),
    CATEGORY("Квалификационная категория", false, 32, List.of("Категория"), "category"),
    EXPERIENCE_SINCE_YEAR("Год начала педагогического стажа", false, 18, List.of("Год начала стажа"), "experienceSinceYear"),
    BIRTH_YEAR("Год рождения", false, 14, List.of(), "birthYear"),
    ACTIVE("Работает", false, 12, List.of(), "active");

    private final ColumnSpec spec;

    PersonColumn(String header, boolean required, int width, List<String> aliases, String... properties) {
        this.spec = new ColumnSpec(header, required, width, aliases, List.of(properties));
    }

    public static Optional<PersonColumn> holding(String property) {
        return ImportColumn.holding(PersonColumn.class, property);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
