package ru.masterskaya.practice.attention.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.practice.attention.AttentionJob;
import ru.masterskaya.practice.attention.TerritoryAttentionRules;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.MunicipalityRepository;
import ru.masterskaya.registry.RegionRepository;
import ru.masterskaya.registry.RegistryScope;

/**
 * A coordinator's thresholds of the health rules and the reminder interval for each territory they
 * coordinate; an administrator's for any. Saving recomputes every pair's health at once.
 */
@Controller
class AttentionRulesController {

    private final TerritoryAttentionRules rules;
    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;
    private final AttentionJob job;
    private final java.time.Clock clock;

    AttentionRulesController(TerritoryAttentionRules rules, RegionRepository regions, MunicipalityRepository municipalities,
            AttentionJob job, java.time.Clock clock) {
        this.rules = rules;
        this.regions = regions;
        this.municipalities = municipalities;
        this.job = job;
        this.clock = clock;
    }

    @GetMapping("/practice/attention/rules")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("territories", territories(user.registryScope()));
        return "practice/attention/rules";
    }

    @GetMapping("/practice/attention/rules/{territoryId}")
    String form(@PathVariable UUID territoryId, @AuthenticationPrincipal CurrentUser user, Model model) {
        Territory territory = territory(user, territoryId);
        model.addAttribute("territory", territory);
        model.addAttribute("form", AttentionRulesFormData.of(rules.of(territoryId)));
        return "practice/attention/rules-form";
    }

    @PostMapping("/practice/attention/rules/{territoryId}")
    String save(@PathVariable UUID territoryId, @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") AttentionRulesFormData form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Territory territory = territory(user, territoryId);
        if (!errors.hasErrors() && form.quietDays() != null && form.silentDays() != null && form.quietDays() > form.silentDays()) {
            errors.rejectValue("quietDays", "rules.quietAfterSilent");
        }
        if (errors.hasErrors()) {
            model.addAttribute("territory", territory);
            return "practice/attention/rules-form";
        }
        rules.change(territoryId, form.toSettings(), user);
        job.computeHealth(clock.instant());
        redirect.addFlashAttribute("message", "rules.saved");
        redirect.addFlashAttribute("messageArguments", new Object[] {territory.name()});
        return "redirect:/practice/attention/rules";
    }

    private Territory territory(CurrentUser user, UUID territoryId) {
        return territories(user.registryScope()).stream().filter(territory -> territory.id().equals(territoryId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private List<Territory> territories(RegistryScope scope) {
        List<Territory> result = new ArrayList<>();
        regions.findAllByOrderByName().stream()
                .filter(region -> scope.everything() || scope.regionIds().contains(region.getId()))
                .forEach(region -> result.add(new Territory(region.getId(), region.getName(), null, rules.isChanged(region.getId()))));
        municipalities.findAllByOrderByName().stream()
                .filter(municipality -> scope.everything() || scope.municipalityIds().contains(municipality.getId())
                        || scope.regionIds().contains(municipality.getRegion().getId()))
                .forEach(municipality -> result.add(new Territory(municipality.getId(), municipality.getName(),
                        municipality.getRegion().getName(), rules.isChanged(municipality.getId()))));
        return result;
    }

    /** A region or a municipality (with its region's name) whose rules the user may set. */
    record Territory(UUID id, String name, @Nullable String regionName, boolean changed) {}
}
