package ru.masterskaya.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PersonTest {

    final Municipality town = new Municipality(new Region("Энская область"), "Заречный");
    final OrganisationType school = new OrganisationType("SCHOOL", "Школа", false, 10);
    final Organisation schoolOne = new Organisation(town, school,
            new OrganisationParameters(town.getId(), "SCHOOL", "СОШ № 1", "МБОУ «СОШ № 1»", null, null), Instant.EPOCH);

    PersonParameters teacher(String position, String email) {
        return new PersonParameters(schoolOne.getId(), "Семёнова", "Алёна", "Игоревна", email, null, position, null,
                QualificationCategory.FIRST, 2015, 1990, true);
    }

    @Test
    void keepsTheEmailInLowerCaseSoThatItIsUniqueAsALogin() {
        Person person = new Person(schoolOne, teacher("учитель", "  Semenova@Example.RU "), Instant.EPOCH);

        assertThat(person.getEmail()).isEqualTo("semenova@example.ru");
    }

    @Test
    void isFoundByNameWrittenWithYe() {
        Person person = new Person(schoolOne, teacher("учитель", "s@example.ru"), Instant.EPOCH);

        assertThat(person.getFullName().full()).isEqualTo("Семёнова Алёна Игоревна");
        assertThat(SearchText.normalize(person.getFullName().full())).contains("семенова алена");
    }

    @Test
    void reportsExactlyTheFieldsAnEditChanged() {
        Person person = new Person(schoolOne, teacher("учитель", "s@example.ru"), Instant.EPOCH);

        var changes = person.change(schoolOne, teacher("методист", "S@example.ru"), Instant.EPOCH.plusSeconds(60));

        assertThat(changes).containsExactly(new FieldChange("position", "учитель", "методист"));
        assertThat(person.getPosition()).isEqualTo("методист");
    }
}
