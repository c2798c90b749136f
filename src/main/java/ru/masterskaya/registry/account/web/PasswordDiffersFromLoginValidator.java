package ru.masterskaya.registry.account.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class PasswordDiffersFromLoginValidator implements ConstraintValidator<PasswordDiffersFromLogin, NewPasswordFormData> {

    @Override
    public boolean isValid(NewPasswordFormData form, ConstraintValidatorContext context) {
        if (form.getPassword() == null || form.getLogin() == null || !form.getPassword().strip().equalsIgnoreCase(form.getLogin())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("password")
                .addConstraintViolation();
        return false;
    }
}
