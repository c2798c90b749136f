package ru.masterskaya.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormRulesTest {

    @Test
    void turnsAFormMessageIntoAClauseThatFollowsADash() {
        assertThat(FormRules.asClause("Укажите фамилию.")).isEqualTo("укажите фамилию");
        assertThat(FormRules.asClause("Слишком длинное значение: не больше 100 символов.")).isEqualTo("слишком длинное значение: не больше 100 символов");
    }

    @Test
    void keepsAbbreviationsInCapitals() {
        assertThat(FormRules.asClause("ИНН состоит из 10 цифр (для организации) или 12 цифр.")).isEqualTo("ИНН состоит из 10 цифр (для организации) или 12 цифр");
    }
}
