package ru.masterskaya.diagnostics.campaign.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignRefused;
import ru.masterskaya.diagnostics.campaign.invitation.CampaignLaunch;
import ru.masterskaya.diagnostics.campaign.invitation.CampaignOwner;
import ru.masterskaya.diagnostics.campaign.invitation.CampaignOwners;
import ru.masterskaya.diagnostics.campaign.invitation.InviteeSelection;
import ru.masterskaya.diagnostics.scoring.Thresholds;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.QualificationCategory;
import ru.masterskaya.registry.RegistryScope;

/**
 * The form that starts a campaign: dates, thresholds, the instrument and who is invited. The number
 * of invitees can be counted before starting; a refused form comes back with everything typed.
 */
@Controller
class CampaignFormController {

    private static final String FORM = "diagnostics/campaigns/form";

    private final CampaignLaunch launch;
    private final CampaignOwners owners;
    private final InviteeSelection selection;
    private final OrganisationManagement organisations;
    private final InstrumentChoices instruments;
    private final Clock clock;

    CampaignFormController(CampaignLaunch launch, CampaignOwners owners, InviteeSelection selection, OrganisationManagement organisations,
            InstrumentChoices instruments, Clock clock) {
        this.launch = launch;
        this.owners = owners;
        this.selection = selection;
        this.organisations = organisations;
        this.instruments = instruments;
        this.clock = clock;
    }

    @GetMapping("/campaigns/new")
    String newCampaign(@AuthenticationPrincipal CurrentUser user, Model model) {
        CampaignFormData form = new CampaignFormData();
        LocalDate today = LocalDate.now(clock);
        form.setOpensOn(today);
        form.setClosesOn(today.plusWeeks(2));
        List<CampaignOwner> choices = owners.of(user);
        if (choices.size() == 1) {
            form.setOwner(choices.getFirst().key());
        }
        List<InstrumentChoices.Choice> versions = instruments.latest();
        if (versions.size() == 1) {
            form.setInstrumentVersionId(versions.getFirst().versionId());
        }
        model.addAttribute("campaign", form);
        return showForm(user, model);
    }

    @PostMapping("/campaigns/new")
    String start(@Valid @ModelAttribute("campaign") CampaignFormData form, BindingResult result, @AuthenticationPrincipal CurrentUser user,
            Model model, RedirectAttributes redirect) {
        Optional<CampaignOwner> owner = owner(form, user);
        check(form, owner, user.registryScope(), result);
        if (result.hasErrors()) {
            return showForm(user, model);
        }
        try {
            Campaign campaign = launch.start(form.toParameters(owner.orElseThrow()), owner.orElseThrow(), form.toCriteria(),
                    user.registryScope(), user.getUsername());
            redirect.addFlashAttribute("message", "campaign.started");
            redirect.addFlashAttribute("messageArguments", new Object[] {campaign.getTitle()});
            return "redirect:/campaigns/" + campaign.getId();
        } catch (CampaignRefused e) {
            result.reject(e.messageKey());
            return showForm(user, model);
        }
    }

    /** «Посчитать приглашённых»: how many people the criteria reach within the chosen owner. */
    @PostMapping("/campaigns/new/count")
    String count(@ModelAttribute("campaign") CampaignFormData form, @AuthenticationPrincipal CurrentUser user, Model model) {
        RegistryScope scope = owner(form, user).map(CampaignOwner::scope).orElse(user.registryScope());
        model.addAttribute("inviteeCount", selection.count(form.toCriteria(), scope));
        model.addAttribute("nothingChosen", form.toCriteria().isEmpty());
        return "diagnostics/campaigns/invitees :: count";
    }

    private Optional<CampaignOwner> owner(CampaignFormData form, CurrentUser user) {
        if (form.getOwner() != null && !form.getOwner().isBlank()) {
            return owners.find(user, form.getOwner());
        }
        List<CampaignOwner> choices = owners.of(user);
        return choices.size() == 1 ? Optional.of(choices.getFirst()) : Optional.empty();
    }

    private void check(CampaignFormData form, Optional<CampaignOwner> owner, RegistryScope scope, BindingResult result) {
        if (owner.isEmpty()) {
            result.rejectValue("owner", "campaignForm.owner.required");
        }
        LocalDate today = LocalDate.now(clock);
        if (form.getOpensOn() != null && form.getClosesOn() != null && form.getClosesOn().isBefore(form.getOpensOn())) {
            result.rejectValue("closesOn", "campaignForm.closesOn.beforeOpens");
        } else if (form.getClosesOn() != null && form.getClosesOn().isBefore(today)) {
            result.rejectValue("closesOn", "campaignForm.closesOn.past");
        }
        if (form.getMediumFrom() != null && form.getMinimalFrom() != null && !result.hasFieldErrors("mediumFrom")
                && !result.hasFieldErrors("minimalFrom") && !Thresholds.areValid(form.getMediumFrom(), form.getMinimalFrom())) {
            result.rejectValue("minimalFrom", "campaignForm.thresholds.order");
        }
        if (form.getInstrumentVersionId() != null
                && instruments.latest().stream().noneMatch(choice -> choice.versionId().equals(form.getInstrumentVersionId()))) {
            result.rejectValue("instrumentVersionId", "campaignForm.instrument.unknown");
        }
        Set<UUID> visible = organisations.visibleTo(scope).stream().map(Organisation::getId).collect(Collectors.toSet());
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

    private String showForm(CurrentUser user, Model model) {
        RegistryScope scope = user.registryScope();
        model.addAttribute("owners", owners.of(user));
        model.addAttribute("instruments", instruments.latest());
        model.addAttribute("organisations", organisations.visibleTo(scope));
        model.addAttribute("types", organisations.activeTypes());
        model.addAttribute("positions", selection.positions(scope));
        model.addAttribute("invitableRoles", InviteeFormData.INVITABLE_ROLES);
        model.addAttribute("categories", QualificationCategory.values());
        return FORM;
    }
}
