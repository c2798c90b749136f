package ru.masterskaya.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationId;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.PeopleFilter;
import ru.masterskaya.registry.PersonManagement;
import ru.masterskaya.registry.RegistryScope;
import ru.masterskaya.registry.ShortNameAlreadyUsed;

/** Organisations: the list for everyone who manages people, creation and editing for coordinators. */
@Controller
class OrganisationController {

    private static final String FORM = "registry/organisation-form";
    private static final List<String> CONFLICT_FIELDS = List.of("shortName", "fullName", "address", "inn");

    private final OrganisationManagement organisations;
    private final PersonManagement people;
    private final RecordFormFlow<OrganisationFormData> formFlow;

    OrganisationController(OrganisationManagement organisations, PersonManagement people, ConflictRows conflictRows) {
        this.organisations = organisations;
        this.people = people;
        this.formFlow = new RecordFormFlow<>(
                new RecordFormFlow.Card("/organisations/", "organisation.created", "organisation.saved"),
                new RecordFormFlow.UniqueValue(ShortNameAlreadyUsed.class, "shortName", "organisation.shortName.taken"),
                current -> OrganisationFormData.from((Organisation) current), CONFLICT_FIELDS, conflictRows);
    }

    @GetMapping("/organisations")
    String list(
            OrganisationListParameters parameters,
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        RegistryScope scope = user.registryScope();
        model.addAttribute("page", organisations.search(
                parameters.toFilter(), scope, PageRequest.of(parameters.pageIndex(), PersonController.PAGE_SIZE, parameters.toSort())));
        model.addAttribute("filter", parameters);
        if (htmx != null) {
            return "registry/organisation-list :: results";
        }
        model.addAttribute("municipalities", organisations.municipalitiesIn(scope));
        model.addAttribute("types", organisations.activeTypes());
        model.addAttribute("canEdit", scope.managesTerritory());
        return "registry/organisation-list";
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        RegistryScope scope = user.registryScope();
        Organisation organisation = organisations.get(new OrganisationId(id), scope);
        model.addAttribute("organisation", organisation);
        model.addAttribute("staffCount", people.search(
                new PeopleFilter(null, null, organisation.getId(), null, null, Boolean.TRUE, false), scope, PageRequest.of(0, 1))
                .getTotalElements());
        model.addAttribute("canEdit", scope.managesTerritory());
        return "registry/organisation-detail";
    }

    @GetMapping("/organisations/new")
    String newOrganisation(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("organisation", new OrganisationFormData());
        return showForm(user, model, null);
    }

    @PostMapping("/organisations/new")
    String create(
            @Valid @ModelAttribute("organisation") OrganisationFormData form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return formFlow.create(result, redirect,
                () -> organisations.register(form.toParameters(), user.registryScope(), user.getUsername()).getId(),
                () -> showForm(user, model, null));
    }

    @GetMapping("/organisations/{id}/edit")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("organisation", OrganisationFormData.from(organisations.get(new OrganisationId(id), user.registryScope())));
        return showForm(user, model, id);
    }

    @PostMapping("/organisations/{id}/edit")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("organisation") OrganisationFormData form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            HttpServletResponse response,
            Locale locale,
            RedirectAttributes redirect) {
        OrganisationId organisationId = new OrganisationId(id);
        organisations.get(organisationId, user.registryScope());
        return formFlow.update(id, form, result, model, response, locale, redirect,
                () -> organisations.change(organisationId, form.getVersion(), form.toParameters(), user.registryScope(), user.getUsername()),
                () -> showForm(user, model, id));
    }

    private String showForm(CurrentUser user, Model model, @Nullable UUID id) {
        model.addAttribute("organisationId", id);
        model.addAttribute("municipalities", organisations.municipalitiesIn(user.registryScope()));
        model.addAttribute("types", organisations.activeTypes());
        return FORM;
    }
}
