package ru.masterskaya.matching.offer.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.calendar.SelectedAcademicYear;
import ru.masterskaya.matching.offer.MasterOffers;
import ru.masterskaya.matching.offer.OfferRow;
import ru.masterskaya.matching.offer.OfferStatus;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.RegistryScope;

/**
 * The coordinator's masters' offers of the selected year, with the self-diagnosis candidates who
 * have none yet; an institution coordinator reads the offers of their organisation.
 */
@Controller
class OfferListController {

    private final MasterOffers offers;
    private final SelectedAcademicYear selectedYear;
    private final MatchingReferences references;

    OfferListController(MasterOffers offers, SelectedAcademicYear selectedYear, MatchingReferences references) {
        this.offers = offers;
        this.selectedYear = selectedYear;
        this.references = references;
    }

    @GetMapping("/matching/offers")
    String list(@AuthenticationPrincipal CurrentUser user, HttpSession session, @RequestParam(required = false) @Nullable OfferStatus status,
            @RequestParam(required = false) @Nullable UUID topicId, @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        AcademicYear year = selectedYear.of(session);
        RegistryScope scope = user.registryScope();
        List<OfferRow> rows = offers.list(year, scope).stream()
                .filter(row -> status == null || row.offer().getStatus() == status)
                .filter(row -> topicId == null || row.offer().getTopics().stream().anyMatch(topic -> topic.getTopicId().equals(topicId)))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("topicId", topicId);
        model.addAttribute("statuses", OfferStatus.values());
        model.addAttribute("topics", references.activeTopics());
        model.addAttribute("topicNames", references.topicNames());
        model.addAttribute("mentoringNames", references.mentoringNames());
        model.addAttribute("canManage", scope.managesTerritory());
        if (htmx != null) {
            return "matching/offers :: results";
        }
        model.addAttribute("candidates", scope.managesTerritory() ? offers.candidates(year, scope) : List.of());
        return "matching/offers";
    }
}
