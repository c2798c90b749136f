package ru.masterskaya.registry;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** Фамилия Имя Отчество; the patronymic is optional. */
public record FullName(String lastName, String firstName, @Nullable String middleName) implements Serializable {

    /** «Фамилия Имя Отчество», as in registers and certificates. */
    public String full() {
        return middleName == null || middleName.isBlank()
                ? lastName + " " + firstName
                : lastName + " " + firstName + " " + middleName;
    }

    /** «И.О. Фамилия», as under a signature. */
    public String initialsFirst() {
        StringBuilder initials = new StringBuilder().append(firstName.charAt(0)).append('.');
        if (middleName != null && !middleName.isBlank()) {
            initials.append(middleName.charAt(0)).append('.');
        }
        return initials + " " + lastName;
    }
}
