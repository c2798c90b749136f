package ru.masterskaya.registry.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Checks the years against today and each other: no future years, no work before the age of 14. */
@Component
public class PersonYearsValidator implements Validator {

    static final int MINIMUM_WORKING_AGE = 14;

    private final Clock clock;

    PersonYearsValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean supports(Class<?> type) {
        return PersonFormData.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        PersonFormData form = (PersonFormData) target;
        int year = LocalDate.now(clock).getYear();
        if (form.getBirthYear() != null && form.getBirthYear() > year - MINIMUM_WORKING_AGE && !errors.hasFieldErrors("birthYear")) {
            errors.rejectValue("birthYear", "person.birthYear.tooRecent");
        }
        if (form.getExperienceSinceYear() != null && !errors.hasFieldErrors("experienceSinceYear")) {
            if (form.getExperienceSinceYear() > year) {
                errors.rejectValue("experienceSinceYear", "person.experienceSinceYear.future");
            } else if (form.getBirthYear() != null && form.getExperienceSinceYear() < form.getBirthYear() + MINIMUM_WORKING_AGE) {
                errors.rejectValue("experienceSinceYear", "person.experienceSinceYear.beforeWorkingAge");
            }
        }
    }
}
