package ru.masterskaya.diagnostics.campaign.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.calendar.SelectedAcademicYear;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.ResponseCounts;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.RegistryScope;
import ru.masterskaya.registry.Role;

/** The campaigns of the academic year chosen in the header that the user runs or whose invitees include their staff. */
@Controller
class CampaignListController {

    /** A campaign in the list with the counts the user may see. */
    record Summary(Campaign campaign, CampaignPhase phase, int invited, int started, int finished) {}

    private final Campaigns campaigns;
    private final SelectedAcademicYear selectedYear;
    private final Clock clock;

    CampaignListController(Campaigns campaigns, SelectedAcademicYear selectedYear, Clock clock) {
        this.campaigns = campaigns;
        this.selectedYear = selectedYear;
        this.clock = clock;
    }

    @GetMapping("/campaigns")
    String list(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
        AcademicYear year = selectedYear.of(session);
        RegistryScope scope = user.readingScope();
        LocalDate today = LocalDate.now(clock);
        List<Summary> summaries = campaigns.visibleTo(scope, year).stream().map(campaign -> {
            ResponseCounts counts = campaigns.counts(campaign, scope);
            return new Summary(campaign, CampaignPhase.of(campaign, today), (int) counts.invited(), (int) counts.started(),
                    (int) counts.finished());
        }).toList();
        model.addAttribute("campaigns", summaries);
        model.addAttribute("year", year);
        model.addAttribute("canStart", user.hasRole(Role.ADMINISTRATOR) || user.hasRole(Role.COORDINATOR)
                || user.hasRole(Role.INSTITUTION_COORDINATOR));
        return "diagnostics/campaigns/list";
    }
}
