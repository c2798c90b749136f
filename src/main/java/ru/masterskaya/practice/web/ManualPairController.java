package ru.masterskaya.practice.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Objects;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.calendar.SelectedAcademicYear;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicFilter;
import ru.masterskaya.practice.ManualPairParameters;
import ru.masterskaya.practice.PairAlreadyExists;
import ru.masterskaya.practice.PracticePair;
import ru.masterskaya.practice.PracticePairs;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.PeopleFilter;
import ru.masterskaya.registry.PersonManagement;

/** A coordinator forms a pair by hand, outside matching, from the people of their scope. */
@Controller
@RequestMapping("/practice/pairs/new")
class ManualPairController {

    private final PracticePairs pairs;
    private final PersonManagement people;
    private final TopicCatalogue topics;
    private final SelectedAcademicYear selectedYear;

    ManualPairController(PracticePairs pairs, PersonManagement people, TopicCatalogue topics, SelectedAcademicYear selectedYear) {
        this.pairs = pairs;
        this.people = people;
        this.topics = topics;
        this.selectedYear = selectedYear;
    }

    @GetMapping
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("pairForm", new ManualPairFormData());
        return page(user, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, HttpSession session, @Valid @ModelAttribute("pairForm") ManualPairFormData form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        form.checkTogether(result);
        if (!result.hasErrors()) {
            try {
                PracticePair pair = pairs.createManually(new ManualPairParameters(selectedYear.of(session),
                        Objects.requireNonNull(form.getPractitionerId()), Objects.requireNonNull(form.getMasterId()),
                        Objects.requireNonNull(form.getTopicId())), user.registryScope(), user.getUsername());
                redirect.addFlashAttribute("message", "manualPair.created");
                return "redirect:/pairs/" + pair.getId();
            } catch (PairAlreadyExists e) {
                result.reject("manualPair.exists");
            }
        }
        return page(user, model);
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("people", people.searchAll(new PeopleFilter(null, null, null, null, null, true, false), user.registryScope(),
                Sort.by("lastName", "firstName", "middleName")));
        model.addAttribute("topics", topics.list(TopicFilter.ACTIVE));
        return "practice/manual-pair";
    }
}
