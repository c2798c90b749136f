package ru.masterskaya.diagnostics.respondent.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.Profiles;
import ru.masterskaya.diagnostics.campaign.ResponseStatus;
import ru.masterskaya.registry.CurrentUser;

/**
 * «Моя самодиагностика»: a signed-in teacher's own campaigns and profiles. Only the person's own
 * responses are found; anyone else's address is a 404, as if it did not exist.
 */
@Controller
class MyDiagnosticsController {

    private final Profiles profiles;
    private final Clock clock;

    MyDiagnosticsController(Profiles profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    @GetMapping("/my/diagnostics")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("diagnoses", profiles.ownSelfDiagnoses(user.personId()).stream()
                .map(own -> OwnDiagnosisRow.of(own.response(), own.campaign(), today)).toList());
        return "diagnostics/respondent/my-list";
    }

    @GetMapping("/my/diagnostics/{responseId}")
    String profile(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID responseId, Model model) {
        DiagnosisResponse response = profiles.ownResponse(responseId, user.personId());
        Campaign campaign = profiles.campaignOf(response);
        model.addAttribute("row", OwnDiagnosisRow.of(response, campaign, LocalDate.now(clock)));
        model.addAttribute("campaign", campaign);
        if (response.status() == ResponseStatus.FINISHED) {
            model.addAttribute("profile", profiles.of(response));
            model.addAttribute("thresholds", campaign.thresholds());
            model.addAttribute("submittedOn", LocalDate.ofInstant(java.util.Objects.requireNonNull(response.getSubmittedAt()), clock.getZone()));
        }
        return "diagnostics/respondent/my-profile";
    }

    /** One line of the list: what it is, where it stands, and whether the form can still be continued. */
    public record OwnDiagnosisRow(DiagnosisResponse response, Campaign campaign, ResponseStatus status, boolean canContinue) {

        static OwnDiagnosisRow of(DiagnosisResponse response, Campaign campaign, LocalDate today) {
            boolean open = campaign.isOpenOn(today) && !response.isRevoked() && response.status() != ResponseStatus.FINISHED;
            return new OwnDiagnosisRow(response, campaign, response.status(), open);
        }

        public String statusKey() {
            return "responseStatus." + status.name();
        }
    }
}
