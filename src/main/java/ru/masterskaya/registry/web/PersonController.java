package ru.masterskaya.registry.web;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.PersonManagement;
import ru.masterskaya.registry.QualificationCategory;
import ru.masterskaya.registry.RegistryScope;

/** The people a coordinator or deputy manages: the filtered list and a person's card. */
@Controller
class PersonController {

    static final int PAGE_SIZE = 25;

    private final PersonManagement people;
    private final OrganisationManagement organisations;

    PersonController(PersonManagement people, OrganisationManagement organisations) {
        this.people = people;
        this.organisations = organisations;
    }

    @GetMapping("/people")
    String list(
            PeopleListParameters parameters,
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        RegistryScope scope = user.registryScope();
        Page<Person> page = people.search(
                parameters.toFilter(), scope, PageRequest.of(parameters.pageIndex(), PAGE_SIZE, parameters.toSort()));
        model.addAttribute("page", page);
        model.addAttribute("filter", parameters);
        if (htmx != null) {
            return "registry/people-list :: results";
        }
        model.addAttribute("organisations", organisations.visibleTo(scope));
        model.addAttribute("municipalities", organisations.municipalitiesIn(scope));
        model.addAttribute("types", organisations.activeTypes());
        model.addAttribute("categories", QualificationCategory.values());
        return "registry/people-list";
    }

    @GetMapping("/people/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("person", people.get(new PersonId(id), user.registryScope()));
        return "registry/person-detail";
    }
}
