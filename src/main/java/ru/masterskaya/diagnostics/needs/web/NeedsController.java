package ru.masterskaya.diagnostics.needs.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import ru.masterskaya.diagnostics.campaign.CampaignAccess;
import ru.masterskaya.diagnostics.web.XlsxDownload;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.needs.CampaignAnalysis;
import ru.masterskaya.diagnostics.needs.CampaignNeeds;
import ru.masterskaya.diagnostics.needs.MasterCandidates;
import ru.masterskaya.diagnostics.needs.NeedsExport;
import ru.masterskaya.diagnostics.needs.NeedsFilter;
import ru.masterskaya.diagnostics.needs.ResponseDetails;
import ru.masterskaya.registry.CurrentUser;

/**
 * The analysis pages of a campaign for coordinators and deputy directors: needs, master candidates,
 * one person's result and the XLSX export; руководство (viewers) of the territory read the needs only. Everything is computed over the invitees the user sees;
 * a campaign out of their scope answers 404.
 */
@Controller
class NeedsController {

    private static final String NEEDS = "diagnostics/needs/needs";

    private final CampaignNeeds needs;
    private final MasterCandidates candidates;
    private final ResponseDetails details;
    private final NeedsExport export;
    private final Campaigns campaigns;
    private final CampaignAccess access;

    NeedsController(CampaignNeeds needs, MasterCandidates candidates, ResponseDetails details, NeedsExport export, Campaigns campaigns,
            CampaignAccess access) {
        this.access = access;
        this.needs = needs;
        this.candidates = candidates;
        this.details = details;
        this.export = export;
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns/{id}/needs")
    String needs(
            @PathVariable UUID id,
            @RequestParam(name = "type", required = false) @Nullable String type,
            @RequestParam(name = "organisation", required = false) @Nullable UUID organisation,
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        CampaignAnalysis analysis = needs.analyse(id, user.readingScope(), new NeedsFilter(type, organisation));
        model.addAttribute("analysis", analysis);
        model.addAttribute("campaign", analysis.campaign());
        model.addAttribute("report", analysis.report());
        model.addAttribute("participation", analysis.participation());
        model.addAttribute("chart", NeedsChart.of(analysis.report()));
        model.addAttribute("filter", analysis.filter());
        // руководство reads the needs of its territory; the names behind them stay with those who run the campaign
        model.addAttribute("reportsOnly", !access.sees(analysis.campaign(), user.registryScope()));
        return htmx != null ? NEEDS + " :: results" : NEEDS;
    }

    @GetMapping("/campaigns/{id}/candidates")
    String candidates(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("campaign", campaigns.get(id, user.registryScope()));
        model.addAttribute("topics", candidates.ofCampaign(id, user.registryScope()));
        return "diagnostics/needs/candidates";
    }

    @GetMapping("/campaigns/{id}/responses/{responseId}")
    String response(@PathVariable UUID id, @PathVariable UUID responseId, @AuthenticationPrincipal CurrentUser user, Model model) {
        ResponseDetails.Details found = details.of(id, responseId, user.registryScope());
        model.addAttribute("details", found);
        model.addAttribute("campaign", found.campaign());
        model.addAttribute("thresholds", found.campaign().thresholds());
        return "diagnostics/needs/response";
    }

    @GetMapping("/campaigns/{id}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        byte[] workbook = export.write(id, user.registryScope());
        return XlsxDownload.attachment("potrebnosti-" + id + ".xlsx", workbook);
    }
}
