package ru.masterskaya.registry.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks a form built from a row by exactly the rules of the web form, its Bean Validation
 * constraints and its Spring validators, with messages in the user's language. Where a form's
 * message reads badly after a cell value («Выберите организацию.»), the bundle gives an import
 * wording under {@code import.problem.<the form message's key>}.
 */
final class FormRules {

    /** When a value breaks several rules, the user hears about the most basic one. */
    private static final List<String> PRECEDENCE = List.of("NotNull", "NotBlank", "Size", "Min", "Max", "Pattern");

    private final SpringValidatorAdapter constraints;
    private final List<Validator> validators;
    private final MessageSource messages;
    private final Locale locale;

    FormRules(ValidatorFactory factory, MessageSource messages, Locale locale, List<Validator> validators) {
        this.constraints = new SpringValidatorAdapter(factory.usingContext()
                .messageInterpolator(new InLocale(factory.getMessageInterpolator(), locale))
                .getValidator());
        this.validators = validators;
        this.messages = messages;
        this.locale = locale;
    }

    /** The problem of each invalid property of the form, by property name. */
    Map<String, String> problems(Object form) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        constraints.validate(form, errors);
        validators.forEach(validator -> validator.validate(form, errors));
        Map<String, FieldError> chosen = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            chosen.merge(error.getField(), error, (first, other) -> rank(other) < rank(first) ? other : first);
        }
        Map<String, String> problems = new LinkedHashMap<>();
        chosen.forEach((property, error) -> problems.put(property, text(error)));
        return problems;
    }

    private static int rank(FieldError error) {
        int position = PRECEDENCE.indexOf(error.getCode());
        return position < 0 ? PRECEDENCE.size() : position;
    }

    private String text(FieldError error) {
        String key = messageKey(error);
        String importWording = key == null ? null : messages.getMessage("import.problem." + key, null, null, locale);
        if (importWording != null) {
            return importWording;
        }
        String message = error.contains(ConstraintViolation.class) ? error.getDefaultMessage() : messages.getMessage(error, locale);
        return asClause(message == null ? "" : message);
    }

    private static @Nullable String messageKey(FieldError error) {
        if (!error.contains(ConstraintViolation.class)) {
            return error.getCode();
        }
        String template = error.unwrap(ConstraintViolation.class).getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : null;
    }

    /** «Укажите фамилию.» becomes «укажите фамилию», to follow a dash; «ИНН состоит…» keeps its capitals. */
    static String asClause(String message) {
        String clause = message.strip();
        if (clause.endsWith(".")) {
            clause = clause.substring(0, clause.length() - 1);
        }
        boolean startsWithOrdinaryWord = clause.length() > 1
                && Character.isUpperCase(clause.charAt(0))
                && Character.isLowerCase(clause.charAt(1));
        return startsWithOrdinaryWord ? Character.toLowerCase(clause.charAt(0)) + clause.substring(1) : clause;
    }

    /** Interpolates in the import's locale, not in whatever locale the current thread carries. */
    private record InLocale(MessageInterpolator interpolator, Locale locale) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return interpolator.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return interpolator.interpolate(template, context, locale);
        }
    }
}
