package ru.masterskaya.matching.request.web;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.calendar.SelectedAcademicYear;
import ru.masterskaya.matching.MeetingFormat;
import ru.masterskaya.matching.offer.web.MatchingReferences;
import ru.masterskaya.matching.request.NotANeedTopic;
import ru.masterskaya.matching.request.PractitionerRequest;
import ru.masterskaya.matching.request.PractitionerRequests;
import ru.masterskaya.matching.request.RequestNotFoundException;
import ru.masterskaya.matching.run.OwnPair;
import ru.masterskaya.matching.run.OwnPairs;
import ru.masterskaya.registry.CurrentUser;

/** The practitioner's own request of the selected year: the priority topic (one of their needs) and how they would like to meet. */
@Controller
class MyRequestController {

    private static final String PAGE = "matching/my-request";

    private final PractitionerRequests requests;
    private final SelectedAcademicYear selectedYear;
    private final MatchingReferences references;
    private final OwnPairs ownPairs;

    MyRequestController(PractitionerRequests requests, SelectedAcademicYear selectedYear, MatchingReferences references, OwnPairs ownPairs) {
        this.ownPairs = ownPairs;
        this.requests = requests;
        this.selectedYear = selectedYear;
        this.references = references;
    }

    /** The published pairs of the year where the user is the practitioner. */
    @ModelAttribute("ownProposals")
    java.util.List<OwnPair> ownProposals(@AuthenticationPrincipal CurrentUser user, HttpSession session,
            java.util.Locale locale) {
        return ownPairs.publishedWith(user.personId().value(), selectedYear.of(session), locale).stream()
                .filter(pair -> pair.practitioner().id().equals(user.personId().value())).toList();
    }

    @GetMapping("/my/request")
    String show(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
        Optional<PractitionerRequest> request = requests.own(user.personId(), selectedYear.of(session));
        return page(model, request.orElse(null), request.map(PractitionerRequest::getPriorityTopicId).orElse(null),
                request.map(PractitionerRequest::getPreferredFormat).orElse(null), request.map(PractitionerRequest::isOwnOrganisationOk).orElse(true));
    }

    @PostMapping("/my/request/{id}")
    String choose(@AuthenticationPrincipal CurrentUser user, HttpSession session, @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID priorityTopicId, @RequestParam(required = false) @Nullable MeetingFormat preferredFormat,
            @RequestParam(defaultValue = "false") boolean ownOrganisationOk, Model model, RedirectAttributes redirect) {
        PractitionerRequest request = requests.own(user.personId(), selectedYear.of(session)).filter(own -> own.getId().equals(id))
                .orElseThrow(() -> new RequestNotFoundException(id));
        try {
            requests.choose(id, user.personId(), priorityTopicId, preferredFormat, ownOrganisationOk);
        } catch (NotANeedTopic e) {
            model.addAttribute("error", "myRequest.priority.notANeed");
            return page(model, request, priorityTopicId, preferredFormat, ownOrganisationOk);
        }
        redirect.addFlashAttribute("message", "myRequest.saved");
        return "redirect:/my/request";
    }

    private String page(Model model, @Nullable PractitionerRequest request, @Nullable UUID priority, @Nullable MeetingFormat format,
            boolean ownOrganisationOk) {
        model.addAttribute("request", request);
        model.addAttribute("priority", priority);
        model.addAttribute("format", format);
        model.addAttribute("ownOrganisationOk", ownOrganisationOk);
        model.addAttribute("formats", MeetingFormat.values());
        model.addAttribute("topicNames", references.topicNames());
        return PAGE;
    }
}
