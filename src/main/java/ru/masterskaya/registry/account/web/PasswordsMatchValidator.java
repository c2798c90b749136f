package ru.masterskaya.registry.account.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Objects;

class PasswordsMatchValidator implements ConstraintValidator<PasswordsMatch, NewPasswordFormData> {

    @Override
    public boolean isValid(NewPasswordFormData form, ConstraintValidatorContext context) {
        if (form.getPassword() == null || form.getPassword().isEmpty() || Objects.equals(form.getPassword(), form.getConfirmation())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("confirmation")
                .addConstraintViolation();
        return false;
    }
}
