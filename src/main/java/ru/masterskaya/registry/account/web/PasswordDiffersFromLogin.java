package ru.masterskaya.registry.account.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The password is not the e-mail address the person logs in with, in any letter case. */
@Documented
@Constraint(validatedBy = PasswordDiffersFromLoginValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface PasswordDiffersFromLogin {

    String message() default "{password.sameAsLogin}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
