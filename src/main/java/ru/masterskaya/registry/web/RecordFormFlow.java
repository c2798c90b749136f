package ru.masterskaya.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.registry.ConcurrentEditException;

/**
 * What happens alike to a sent form that creates or edits a registry record: a form with errors comes back, a value only
 * one record may hold is refused under its field, a save leads to the record's card with a flash message, and an edit
 * of a version someone else has changed answers 409 with the differences while the form keeps what the user typed,
 * now on the current version.
 */
final class RecordFormFlow<F extends VersionedForm> {

    /** Where a saved record is shown (the path before its id) and the flash messages that greet the user there. */
    record Card(String path, String createdMessage, String savedMessage) {}

    /** A value only one record may hold: the service's refusal, and the field and message the form shows it under. */
    record UniqueValue(Class<? extends RuntimeException> refusal, String field, String message) {}

    private final Card card;
    private final UniqueValue unique;
    private final Function<Object, F> formOfCurrent;
    private final List<String> conflictFields;
    private final ConflictRows conflictRows;

    RecordFormFlow(
            Card card, UniqueValue unique, Function<Object, F> formOfCurrent, List<String> conflictFields, ConflictRows conflictRows) {
        this.card = card;
        this.unique = unique;
        this.formOfCurrent = formOfCurrent;
        this.conflictFields = conflictFields;
        this.conflictRows = conflictRows;
    }

    /** Registers the record (the supplier answers its id) unless the form is refused; {@code formPage} shows the form again. */
    String create(BindingResult result, RedirectAttributes redirect, Supplier<?> register, Supplier<String> formPage) {
        if (result.hasErrors()) {
            return formPage.get();
        }
        try {
            return toCard(register.get(), card.createdMessage(), redirect);
        } catch (RuntimeException e) {
            return refusedAsTaken(e, result, formPage);
        }
    }

    /** Saves the change of record {@code id} unless the form is refused; {@code formPage} shows the form again. */
    String update(
            UUID id,
            F form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            Locale locale,
            RedirectAttributes redirect,
            Runnable change,
            Supplier<String> formPage) {
        if (result.hasErrors()) {
            return formPage.get();
        }
        try {
            change.run();
            return toCard(id, card.savedMessage(), redirect);
        } catch (ConcurrentEditException e) {
            F current = formOfCurrent.apply(e.current());
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflicts", conflictRows.between(form, current, conflictFields, locale));
            form.setVersion(current.getVersion());
            return formPage.get();
        } catch (RuntimeException e) {
            return refusedAsTaken(e, result, formPage);
        }
    }

    private String toCard(Object id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", message);
        return "redirect:" + card.path() + id;
    }

    /** The refusal's type is held in {@link UniqueValue}, which a catch clause cannot name; anything else goes on as it came. */
    private String refusedAsTaken(RuntimeException e, BindingResult result, Supplier<String> formPage) {
        if (!unique.refusal().isInstance(e)) {
            throw e;
        }
        result.rejectValue(unique.field(), unique.message());
        return formPage.get();
    }
}
