package ru.masterskaya.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnHeadersTest {

    private static final List<PersonColumn> PEOPLE = List.of(PersonColumn.values());

    @Test
    void matchesHeadersWhateverTheirCaseSpacesAsterisksAndYo() throws Exception {
        Map<ImportColumn, Integer> columns = ColumnHeaders.locate(Map.of(
                0, "ФАМИЛИЯ*",
                1, "  имя ",
                2, "e-mail:",
                4, "Организация",
                5, "должность",
                7, "Год  начала педагогического стажа",
                9, "Примечание"), PEOPLE);

        assertThat(columns).containsExactly(
                Map.entry(PersonColumn.LAST_NAME, 0),
                Map.entry(PersonColumn.FIRST_NAME, 1),
                Map.entry(PersonColumn.EMAIL, 2),
                Map.entry(PersonColumn.ORGANISATION, 4),
                Map.entry(PersonColumn.POSITION, 5),
                Map.entry(PersonColumn.EXPERIENCE_SINCE_YEAR, 7));
    }

    @Test
    void understandsCommonOtherNamesOfAColumn() throws Exception {
        Map<ImportColumn, Integer> columns = ColumnHeaders.locate(Map.of(
                0, "Фамилия", 1, "Имя", 2, "Электронная почта", 3, "Организация", 4, "Должность", 5, "Категория"), PEOPLE);

        assertThat(columns).containsEntry(PersonColumn.EMAIL, 2).containsEntry(PersonColumn.CATEGORY, 5);
    }

    @Test
    void namesEveryMissingRequiredColumnInTheirOrder() {
        assertThatThrownBy(() -> ColumnHeaders.locate(Map.of(0, "Фамилия", 1, "Имя", 2, "Организация"), PEOPLE))
                .isInstanceOfSatisfying(ImportFileRejected.class, rejected -> {
                    assertThat(rejected.messageKey()).isEqualTo("import.file.missingColumns");
                    assertThat(rejected.arguments()).containsExactly("«E-mail», «Должность»");
                });
    }

    @Test
    void rejectsAColumnGivenTwice() {
        assertThatThrownBy(() -> ColumnHeaders.locate(Map.of(
                        0, "Фамилия", 1, "Имя", 2, "E-mail", 3, "Организация", 4, "Должность", 5, "Email"), PEOPLE))
                .isInstanceOfSatisfying(ImportFileRejected.class, rejected -> {
                    assertThat(rejected.messageKey()).isEqualTo("import.file.duplicateColumn");
                    assertThat(rejected.arguments()).containsExactly("E-mail");
                });
    }
}
