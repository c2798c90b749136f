package ru.masterskaya.diagnostics.campaign.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.diagnostics.web.XlsxDownload;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignAccess;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.invitation.InviteeDirectory;
import ru.masterskaya.diagnostics.campaign.invitation.InviteeRow;
import ru.masterskaya.diagnostics.campaign.invitation.CampaignInvitations;
import ru.masterskaya.diagnostics.campaign.invitation.LinksWorkbook;
import ru.masterskaya.diagnostics.campaign.invitation.Progress;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.RegistryScope;

/**
 * A campaign's card and progress with its invitees, and what its coordinator does with it: remind,
 * revoke or renew a link, close early, download the links. A deputy director whose staff were
 * invited to someone else's campaign sees only their staff and changes nothing.
 */
@Controller
class CampaignPageController {

    static final int PAGE_SIZE = 25;

    private final Campaigns campaigns;
    private final CampaignAccess access;
    private final InviteeDirectory directory;
    private final CampaignInvitations invitations;
    private final LinksWorkbook workbook;
    private final InstrumentChoices instruments;
    private final Clock clock;

    CampaignPageController(Campaigns campaigns, CampaignAccess access, InviteeDirectory directory, CampaignInvitations invitations,
            LinksWorkbook workbook, InstrumentChoices instruments, Clock clock) {
        this.campaigns = campaigns;
        this.access = access;
        this.directory = directory;
        this.invitations = invitations;
        this.workbook = workbook;
        this.instruments = instruments;
        this.clock = clock;
    }

    @GetMapping("/campaigns/{id}")
    String show(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        RegistryScope managing = user.registryScope();
        RegistryScope reading = user.readingScope();
        Campaign campaign = campaigns.get(id, reading);
        // руководство reads the progress of its territory's campaigns but not who has or has not answered
        boolean reportsOnly = !access.sees(campaign, managing);
        RegistryScope scope = reportsOnly ? reading : managing;
        List<InviteeRow> rows = directory.rows(campaign, scope);
        String search = q == null ? "" : InviteeDirectory.searchKey(q.strip());
        List<InviteeRow> found = rows.stream().filter(row -> search.isEmpty() || row.searchKey().contains(search)).toList();
        int index = Math.max(0, Math.min(page, Math.max(0, (found.size() - 1) / PAGE_SIZE)));
        List<InviteeRow> slice = found.subList(Math.min(found.size(), index * PAGE_SIZE), Math.min(found.size(), (index + 1) * PAGE_SIZE));
        model.addAttribute("campaign", campaign);
        model.addAttribute("invitees", new PageImpl<>(slice, PageRequest.of(index, PAGE_SIZE), found.size()));
        model.addAttribute("q", q);
        model.addAttribute("manages", access.manages(campaign, managing));
        model.addAttribute("reportsOnly", reportsOnly);
        model.addAttribute("zone", clock.getZone());
        if (htmx != null) {
            if (reportsOnly) {
                throw new ru.masterskaya.diagnostics.campaign.CampaignNotFoundException(id);
            }
            return "diagnostics/campaigns/show :: invitees";
        }
        model.addAttribute("phase", CampaignPhase.of(campaign, LocalDate.now(clock)));
        model.addAttribute("instrument", instruments.find(campaign.getInstrumentVersionId()).orElse(null));
        model.addAttribute("overall", Progress.of("", rows));
        model.addAttribute("byType", Progress.by(InviteeRow::typeName, rows));
        model.addAttribute("byOrganisation", Progress.by(InviteeRow::organisationName, rows));
        return "diagnostics/campaigns/show";
    }

    @PostMapping("/campaigns/{id}/close")
    String close(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Campaign campaign = campaigns.close(id, user.registryScope());
        return back(campaign.getId(), "campaign.closed", redirect, campaign.getTitle());
    }

    @PostMapping("/campaigns/{id}/remind")
    String remind(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        int sent = invitations.remindNow(id, user.registryScope());
        return back(id, "campaign.reminded", redirect, sent);
    }

    @PostMapping("/campaigns/{id}/responses/{responseId}/revoke")
    String revoke(@PathVariable UUID id, @PathVariable UUID responseId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        managedResponse(id, responseId, user.registryScope());
        campaigns.revokeLink(responseId, user.registryScope());
        return back(id, "campaign.linkRevoked", redirect);
    }

    @PostMapping("/campaigns/{id}/responses/{responseId}/renew")
    String renew(@PathVariable UUID id, @PathVariable UUID responseId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        managedResponse(id, responseId, user.registryScope());
        invitations.renewLink(responseId, user.registryScope());
        return back(id, "campaign.linkRenewed", redirect);
    }

    @GetMapping("/campaigns/{id}/links.xlsx")
    ResponseEntity<byte[]> links(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        RegistryScope scope = user.registryScope();
        Campaign campaign = campaigns.get(id, scope);
        return XlsxDownload.attachment("ссылки-" + LocalDate.now(clock) + ".xlsx", workbook.of(campaign.getTitle(), directory.rows(campaign, scope)));
    }

    /** The invitee must belong to this campaign and the campaign must be the user's to run. */
    private void managedResponse(UUID campaignId, UUID responseId, RegistryScope scope) {
        Campaign campaign = campaigns.managed(campaignId, scope);
        if (campaigns.responses(campaign, scope).stream().noneMatch(response -> response.getId().equals(responseId))) {
            throw new ru.masterskaya.diagnostics.campaign.CampaignNotFoundException(responseId);
        }
    }

    private static String back(UUID id, String message, RedirectAttributes redirect, Object... arguments) {
        redirect.addFlashAttribute("message", message);
        if (arguments.length > 0) {
            redirect.addFlashAttribute("messageArguments", arguments);
        }
        return "redirect:/campaigns/" + id;
    }
}
