package ru.masterskaya.matching.request.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.calendar.SelectedAcademicYear;
import ru.masterskaya.matching.offer.web.MatchingReferences;
import ru.masterskaya.matching.request.PractitionerRequests;
import ru.masterskaya.matching.request.RequestRow;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.RegistryScope;

/** The practitioners' requests of the selected year, and generating them from the finished self-diagnoses. */
@Controller
class RequestListController {

    private final PractitionerRequests requests;
    private final SelectedAcademicYear selectedYear;
    private final MatchingReferences references;
    private final OrganisationManagement organisations;

    RequestListController(PractitionerRequests requests, SelectedAcademicYear selectedYear, MatchingReferences references,
            OrganisationManagement organisations) {
        this.requests = requests;
        this.selectedYear = selectedYear;
        this.references = references;
        this.organisations = organisations;
    }

    @GetMapping("/matching/requests")
    String list(@AuthenticationPrincipal CurrentUser user, HttpSession session, @RequestParam(required = false) @Nullable String typeCode,
            @RequestParam(required = false) @Nullable UUID topicId, @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        AcademicYear year = selectedYear.of(session);
        RegistryScope scope = user.registryScope();
        String type = typeCode == null || typeCode.isBlank() ? null : typeCode;
        List<RequestRow> rows = requests.list(year, scope).stream()
                .filter(row -> type == null || row.practitioner().getOrganisation().getType().getCode().equals(type))
                .filter(row -> topicId == null || row.request().topic(topicId).isPresent())
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("year", year);
        model.addAttribute("typeCode", type);
        model.addAttribute("topicId", topicId);
        model.addAttribute("types", organisations.activeTypes());
        model.addAttribute("topics", references.activeTopics());
        model.addAttribute("topicNames", references.topicNames());
        model.addAttribute("canManage", scope.managesTerritory());
        return htmx != null ? "matching/requests :: results" : "matching/requests";
    }

    @PostMapping("/matching/requests/generate")
    String generate(@AuthenticationPrincipal CurrentUser user, HttpSession session, RedirectAttributes redirect) {
        int open = requests.generate(selectedYear.of(session), user.registryScope());
        redirect.addFlashAttribute("message", "requests.generated");
        redirect.addFlashAttribute("messageArguments", new Object[] {open});
        return "redirect:/matching/requests";
    }
}
