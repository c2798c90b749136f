package ru.masterskaya.registry.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.EmailAlreadyRegistered;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.PersonManagement;
import ru.masterskaya.registry.QualificationCategory;

/** Creating and editing a person; a stale edit answers 409 and keeps what the user typed. */
@Controller
class PersonFormController {

    private static final String FORM = "registry/person-form";
    private static final List<String> CONFLICT_FIELDS = List.of(
            "lastName", "firstName", "middleName", "email", "phone", "position", "subjects", "category",
            "experienceSinceYear", "birthYear", "active");

    private final PersonManagement people;
    private final OrganisationManagement organisations;
    private final PersonYearsValidator yearsValidator;
    private final RecordFormFlow<PersonFormData> formFlow;

    PersonFormController(
            PersonManagement people, OrganisationManagement organisations, PersonYearsValidator yearsValidator, ConflictRows conflictRows) {
        this.people = people;
        this.organisations = organisations;
        this.yearsValidator = yearsValidator;
        this.formFlow = new RecordFormFlow<>(
                new RecordFormFlow.Card("/people/", "person.created", "person.saved"),
                new RecordFormFlow.UniqueValue(EmailAlreadyRegistered.class, "email", "person.email.taken"),
                current -> PersonFormData.from((Person) current), CONFLICT_FIELDS, conflictRows);
    }

    @InitBinder("person")
    void initBinder(WebDataBinder binder) {
        binder.addValidators(yearsValidator);
    }

    @GetMapping("/people/new")
    String newPerson(@AuthenticationPrincipal CurrentUser user, Model model) {
        PersonFormData form = new PersonFormData();
        if (user.registryScope().organisationIds().size() == 1 && !user.registryScope().managesTerritory()) {
            form.setOrganisationId(user.registryScope().organisationIds().iterator().next());
        }
        model.addAttribute("person", form);
        return showForm(user, model, null);
    }

    @PostMapping("/people/new")
    String create(
            @Valid @ModelAttribute("person") PersonFormData form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return formFlow.create(result, redirect,
                () -> people.register(form.toParameters(), user.registryScope(), user.getUsername()).getId(),
                () -> showForm(user, model, null));
    }

    @GetMapping("/people/{id}/edit")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("person", PersonFormData.from(people.get(new PersonId(id), user.registryScope())));
        return showForm(user, model, id);
    }

    @PostMapping("/people/{id}/edit")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("person") PersonFormData form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            HttpServletResponse response,
            Locale locale,
            RedirectAttributes redirect) {
        PersonId personId = new PersonId(id);
        people.get(personId, user.registryScope());
        return formFlow.update(id, form, result, model, response, locale, redirect,
                () -> people.change(personId, form.getVersion(), form.toParameters(), user.registryScope(), user.getUsername()),
                () -> showForm(user, model, id));
    }

    private String showForm(CurrentUser user, Model model, @org.jspecify.annotations.Nullable UUID id) {
        model.addAttribute("personId", id);
        model.addAttribute("organisations", organisations.visibleTo(user.registryScope()));
        model.addAttribute("categories", QualificationCategory.values());
        return FORM;
    }
}
