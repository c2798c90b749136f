package ru.masterskaya.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullNameTest {

    @Test
    void writesSurnameFirstInFull() {
        assertThat(new FullName("Иванова", "Мария", "Андреевна").full()).isEqualTo("Иванова Мария Андреевна");
    }

    @Test
    void writesInitialsBeforeSurnameUnderASignature() {
        assertThat(new FullName("Иванова", "Мария", "Андреевна").initialsFirst()).isEqualTo("М.А. Иванова");
    }

    @Test
    void leavesOutAMissingPatronymic() {
        assertThat(new FullName("Smith", "John", null).full()).isEqualTo("Smith John");
        assertThat(new FullName("Smith", "John", " ").initialsFirst()).isEqualTo("J. Smith");
    }
}
