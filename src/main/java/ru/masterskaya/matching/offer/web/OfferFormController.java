package ru.masterskaya.matching.offer.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.calendar.SelectedAcademicYear;
import ru.masterskaya.matching.MeetingFormat;
import ru.masterskaya.matching.offer.MasterOffers;
import ru.masterskaya.matching.offer.OfferAlreadyExists;
import ru.masterskaya.matching.offer.OfferRow;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.PeopleFilter;
import ru.masterskaya.registry.PersonManagement;
import ru.masterskaya.registry.RegistryScope;

/** A coordinator proposes an offer (from a candidate, or by hand with declared topics), changes it or withdraws it. */
@Controller
class OfferFormController {

    private static final String FORM = "matching/offer-form";

    private final MasterOffers offers;
    private final SelectedAcademicYear selectedYear;
    private final MatchingReferences references;
    private final PersonManagement people;
    private final OrganisationManagement organisations;

    OfferFormController(MasterOffers offers, SelectedAcademicYear selectedYear, MatchingReferences references, PersonManagement people,
            OrganisationManagement organisations) {
        this.offers = offers;
        this.selectedYear = selectedYear;
        this.references = references;
        this.people = people;
        this.organisations = organisations;
    }

    @InitBinder("offer")
    void masterIsFixed(WebDataBinder binder, @PathVariable(required = false) @Nullable UUID id) {
        if (id != null) {
            binder.setDisallowedFields("personId");
        }
    }

    @GetMapping("/matching/offers/new")
    String newOffer(@AuthenticationPrincipal CurrentUser user, HttpSession session, @RequestParam(required = false) @Nullable UUID personId,
            Model model) {
        RegistryScope scope = managerScope(user);
        OfferFormData form = new OfferFormData();
        if (personId != null) {
            form.setPersonId(offers.master(personId, scope).getId());
            form.getTopicIds().addAll(offers.candidateTopics(personId, selectedYear.of(session), scope));
        }
        model.addAttribute("offer", form);
        return form(model, scope, null);
    }

    @PostMapping("/matching/offers")
    String create(@AuthenticationPrincipal CurrentUser user, HttpSession session, @Valid @ModelAttribute("offer") OfferFormData form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        RegistryScope scope = managerScope(user);
        form.checkTogether(result);
        if (!result.hasErrors()) {
            AcademicYear year = selectedYear.of(session);
            try {
                offers.propose(year, form.toParameters(), scope, user.getUsername());
                redirect.addFlashAttribute("message", "offer.proposed");
                return "redirect:/matching/offers";
            } catch (OfferAlreadyExists e) {
                result.rejectValue("personId", "offerForm.person.alreadyOffered");
            }
        }
        return form(model, scope, null);
    }

    @GetMapping("/matching/offers/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        RegistryScope scope = managerScope(user);
        OfferRow row = offers.get(id, scope);
        model.addAttribute("offer", OfferFormData.from(row.offer()));
        return form(model, scope, row);
    }

    @PostMapping("/matching/offers/{id}")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("offer") OfferFormData form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        RegistryScope scope = managerScope(user);
        OfferRow row = offers.get(id, scope);
        form.setPersonId(row.offer().getPersonId());
        form.checkTogether(result);
        if (result.hasErrors()) {
            return form(model, scope, row);
        }
        offers.change(id, form.toParameters(), scope);
        redirect.addFlashAttribute("message", "offer.changed");
        return "redirect:/matching/offers";
    }

    @PostMapping("/matching/offers/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        offers.withdraw(id, managerScope(user));
        redirect.addFlashAttribute("message", "offer.withdrawn");
        return "redirect:/matching/offers";
    }

    private String form(Model model, RegistryScope scope, @Nullable OfferRow existing) {
        model.addAttribute("existing", existing);
        if (existing == null) {
            model.addAttribute("people", people.searchAll(new PeopleFilter(null, null, null, null, null, true, false), scope,
                    Sort.by("lastName", "firstName", "middleName")));
        }
        model.addAttribute("topics", references.activeTopics());
        model.addAttribute("mentoring", references.activeMentoring());
        model.addAttribute("formats", MeetingFormat.values());
        model.addAttribute("municipalities", organisations.municipalitiesIn(scope));
        model.addAttribute("organisations", organisations.visibleTo(scope));
        return FORM;
    }

    /** Institution coordinators read offers but do not make them. */
    private static RegistryScope managerScope(CurrentUser user) {
        RegistryScope scope = user.registryScope();
        if (!scope.managesTerritory()) {
            throw new AccessDeniedException("Only coordinators of a territory manage offers");
        }
        return scope;
    }
}
