package ru.masterskaya.diagnostics.campaign.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignRefused;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.invitation.CampaignLaunch;
import ru.masterskaya.diagnostics.campaign.invitation.CampaignOwner;
import ru.masterskaya.diagnostics.campaign.invitation.InviteeSelection;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.QualificationCategory;
import ru.masterskaya.registry.RegistryScope;

/**
 * «Пригласить ещё»: a teacher hired mid-campaign or a school forgotten at the start is invited to a
 * campaign that has not ended, with the same criteria as when it started. Only whoever runs the
 * campaign may do it; the people come from the campaign owner's part of the registry, and those
 * already invited keep their links and are not counted again.
 */
@Controller
class CampaignInviteesController {

    private static final String FORM = "diagnostics/campaigns/invite";

    private final Campaigns campaigns;
    private final CampaignLaunch launch;
    private final InviteeSelection selection;
    private final OrganisationManagement organisations;
    private final Clock clock;

    CampaignInviteesController(Campaigns campaigns, CampaignLaunch launch, InviteeSelection selection, OrganisationManagement organisations,
            Clock clock) {
        this.campaigns = campaigns;
        this.launch = launch;
        this.selection = selection;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/campaigns/{id}/invitees/new")
    String form(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Campaign campaign = campaigns.managed(id, user.registryScope());
        model.addAttribute("invitation", new InviteeFormData());
        return showForm(campaign, model);
    }

    @PostMapping("/campaigns/{id}/invitees/new")
    String invite(@PathVariable UUID id, @ModelAttribute("invitation") InviteeFormData form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        RegistryScope scope = user.registryScope();
        Campaign campaign = campaigns.managed(id, scope);
        check(form, campaign, result);
        if (result.hasErrors()) {
            return showForm(campaign, model);
        }
        try {
            int added = launch.addInvitees(id, form.toCriteria(), scope);
            if (added == 0) {
                result.reject("inviteMore.nobodyNew");
                return showForm(campaign, model);
            }
            redirect.addFlashAttribute("message", "inviteMore.done");
            redirect.addFlashAttribute("messageArguments", new Object[] {added});
            return "redirect:/campaigns/" + id;
        } catch (CampaignRefused e) {
            result.reject(e.messageKey());
            return showForm(campaign, model);
        }
    }

    /** «Посчитать»: how many new people the criteria reach; those already invited are shown apart. */
    @PostMapping("/campaigns/{id}/invitees/count")
    String count(@PathVariable UUID id, @ModelAttribute("invitation") InviteeFormData form, @AuthenticationPrincipal CurrentUser user, Model model) {
        CampaignLaunch.Addition addition = launch.preview(id, form.toCriteria(), user.registryScope());
        model.addAttribute("inviteeCount", addition.added());
        model.addAttribute("alreadyInvited", addition.alreadyInvited());
        model.addAttribute("nothingChosen", form.toCriteria().isEmpty());
        return "diagnostics/campaigns/invitees :: count";
    }

    private void check(InviteeFormData form, Campaign campaign, BindingResult result) {
        Set<UUID> visible = organisations.visibleTo(ownerScope(campaign)).stream().map(Organisation::getId).collect(Collectors.toSet());
        if (!visible.containsAll(form.getOrganisationIds())) {
            result.rejectValue("organisationIds", "campaignForm.organisations.outOfScope");
        }
        if (form.isByFilter() && form.getFilterOrganisation() != null && !visible.contains(form.getFilterOrganisation())) {
            result.rejectValue("filterOrganisation", "campaignForm.organisations.outOfScope");
        }
        if (form.toCriteria().isEmpty()) {
            result.reject("campaignForm.invitees.required");
        }
    }

    private String showForm(Campaign campaign, Model model) {
        RegistryScope owner = ownerScope(campaign);
        model.addAttribute("campaign", campaign);
        model.addAttribute("ended", campaign.isClosed() || LocalDate.now(clock).isAfter(campaign.getClosesOn()));
        model.addAttribute("organisations", organisations.visibleTo(owner));
        model.addAttribute("types", organisations.activeTypes());
        model.addAttribute("positions", selection.positions(owner));
        model.addAttribute("invitableRoles", InviteeFormData.INVITABLE_ROLES);
        model.addAttribute("categories", QualificationCategory.values());
        return FORM;
    }

    private static RegistryScope ownerScope(Campaign campaign) {
        return CampaignOwner.of(campaign).scope();
    }
}
