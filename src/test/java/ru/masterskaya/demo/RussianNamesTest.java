package ru.masterskaya.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianNamesTest {

    @ParameterizedTest
    @CsvSource({
        "Иванов, Иванова", "Соловьёв, Соловьёва", "Ильин, Ильина", "Островский, Островская",
        "Заболоцкий, Заболоцкая", "Толстой, Толстая", "Беспалый, Беспалая", "Шевченко, Шевченко", "Черных, Черных"
    })
    void womenBearTheFeminineFormOfTheSurname(String masculine, String feminine) {
        assertThat(RussianNames.feminineSurname(masculine)).isEqualTo(feminine);
    }

    @ParameterizedTest
    @CsvSource({
        "Иванович, Ивановна", "Сергеевич, Сергеевна", "Анатольевич, Анатольевна", "Семёнович, Семёновна",
        "Ильич, Ильинична", "Никитич, Никитична"
    })
    void womenBearTheFemininePatronymic(String masculine, String feminine) {
        assertThat(RussianNames.femininePatronymic(masculine)).isEqualTo(feminine);
    }

    @ParameterizedTest
    @CsvSource({"Щербакова, shcherbakova", "Соловьёва, soloveva", "Юдин, yudin", "Кузьмин, kuzmin", "Яна, yana"})
    void emailNamesAreSpelledInLatinLetters(String cyrillic, String latin) {
        assertThat(Transliteration.toLatin(cyrillic)).isEqualTo(latin);
    }
}
