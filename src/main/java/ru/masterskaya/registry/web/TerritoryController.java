package ru.masterskaya.registry.web;

import jakarta.validation.Valid;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.registry.TerritoryManagement;
import ru.masterskaya.registry.TerritoryNameAlreadyUsed;

/**
 * Regions and municipalities for the administrator. Every name has its own small form on one page;
 * when one is refused, the page comes back with that form open and its error under it.
 */
@Controller
@RequestMapping("/admin/territories")
class TerritoryController {

    private static final String PAGE = "admin/territories";
    private static final String FORM = "territoryForm";

    private final TerritoryManagement territories;

    TerritoryController(TerritoryManagement territories) {
        this.territories = territories;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute(FORM, new TerritoryNameFormData());
        return page(model, null);
    }

    @PostMapping("/regions")
    String createRegion(
            @Valid @ModelAttribute(FORM) TerritoryNameFormData form, BindingResult result, Model model, RedirectAttributes redirect) {
        return save(form, result, model, redirect, "region-new", "territory.region.taken", territories::createRegion, "territory.region.created");
    }

    @PostMapping("/regions/{id}")
    String renameRegion(
            @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) TerritoryNameFormData form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return save(form, result, model, redirect, "region-" + id, "territory.region.taken",
                name -> territories.renameRegion(id, name), "territory.renamed");
    }

    @PostMapping("/regions/{id}/municipalities")
    String createMunicipality(
            @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) TerritoryNameFormData form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return save(form, result, model, redirect, "municipality-new-" + id, "territory.municipality.taken",
                name -> territories.createMunicipality(id, name), "territory.municipality.created");
    }

    @PostMapping("/municipalities/{id}")
    String renameMunicipality(
            @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) TerritoryNameFormData form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return save(form, result, model, redirect, "municipality-" + id, "territory.municipality.taken",
                name -> territories.renameMunicipality(id, name), "territory.renamed");
    }

    private String save(
            TerritoryNameFormData form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            String formKey,
            String takenMessage,
            Consumer<String> action,
            String doneMessage) {
        if (!result.hasErrors()) {
            try {
                action.accept(Objects.requireNonNull(form.getName()));
                redirect.addFlashAttribute("message", doneMessage);
                return "redirect:/admin/territories";
            } catch (TerritoryNameAlreadyUsed e) {
                result.rejectValue("name", takenMessage);
            }
        }
        return page(model, formKey);
    }

    private String page(Model model, @Nullable String failedForm) {
        model.addAttribute("regions", territories.overview());
        model.addAttribute("failedForm", failedForm);
        return PAGE;
    }
}
