package ru.masterskaya.demo;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.PersonParameters;
import ru.masterskaya.registry.QualificationCategory;

/** A member of staff of the demo town; {@code account} names the demo login they hold, if any. */
record DemoPerson(
        Gender gender,
        String lastName,
        String firstName,
        String middleName,
        String email,
        @Nullable String phone,
        String position,
        @Nullable String subjects,
        QualificationCategory category,
        int birthYear,
        int experienceSinceYear,
        boolean active,
        @Nullable DemoAccount account) {

    PersonParameters toParameters(UUID organisationId) {
        return new PersonParameters(
                organisationId, lastName, firstName, middleName, email, phone, position, subjects, category,
                experienceSinceYear, birthYear, active);
    }
}
