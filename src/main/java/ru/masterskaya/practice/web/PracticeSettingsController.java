package ru.masterskaya.practice.web;

import jakarta.validation.Valid;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.practice.PracticeNameAlreadyUsed;
import ru.masterskaya.practice.PracticeSettings;

/**
 * The coordinators' reference lists of the practice: reasons a pair ends early or is declined, and
 * the rubric of products. Like the mentoring lists, entries are renamed or deactivated, never deleted.
 */
@Controller
@RequestMapping("/practice/settings")
class PracticeSettingsController {

    private static final String PAGE = "practice/settings";
    private static final String HOME = "redirect:/practice/settings";

    private final PracticeSettings settings;
    private final org.springframework.context.MessageSource messages;

    PracticeSettingsController(PracticeSettings settings, org.springframework.context.MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        return page(model);
    }

    @PostMapping("/reasons")
    String addReason(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
        String error = checkName(name);
        if (error == null) {
            try {
                settings.addEndReason(name);
                redirect.addFlashAttribute("message", "practiceSettings.reason.added");
                return HOME + "#reasons";
            } catch (PracticeNameAlreadyUsed e) {
                error = "practiceSettings.name.taken";
            }
        }
        model.addAttribute("newReason", name);
        model.addAttribute("newReasonError", error);
        return page(model);
    }

    @PostMapping("/reasons/{id}/rename")
    String renameReason(@PathVariable UUID id, @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
        String error = checkName(name);
        if (error == null) {
            try {
                settings.renameEndReason(id, name);
                redirect.addFlashAttribute("message", "practiceSettings.reason.renamed");
                return HOME + "#reasons";
            } catch (PracticeNameAlreadyUsed e) {
                error = "practiceSettings.name.taken";
            }
        }
        model.addAttribute("renameId", id);
        model.addAttribute("renameValue", name);
        model.addAttribute("renameError", error);
        return page(model);
    }

    @PostMapping("/reasons/{id}/active")
    String reasonActive(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
        settings.setEndReasonActive(id, active);
        redirect.addFlashAttribute("message", active ? "practiceSettings.activated" : "practiceSettings.deactivated");
        return HOME + "#reasons";
    }

    @PostMapping("/rubric")
    String addCriterion(@Valid @ModelAttribute("criterionForm") CriterionFormData form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        form.checkLevels(result);
        if (!result.hasErrors()) {
            try {
                settings.addCriterion(Objects.requireNonNull(form.getName()), form.toLevels());
                redirect.addFlashAttribute("message", "practiceSettings.criterion.added");
                return HOME + "#rubric";
            } catch (PracticeNameAlreadyUsed e) {
                result.rejectValue("name", "practiceSettings.name.taken");
            }
        }
        form.padded();
        return page(model);
    }

    @PostMapping("/rubric/{id}")
    String changeCriterion(@PathVariable UUID id, @Valid @ModelAttribute("editForm") CriterionFormData form, BindingResult result,
            java.util.Locale locale, Model model, RedirectAttributes redirect) {
        settings.criterion(id);
        form.checkLevels(result);
        if (!result.hasErrors()) {
            try {
                settings.changeCriterion(id, Objects.requireNonNull(form.getName()), form.toLevels());
                redirect.addFlashAttribute("message", "practiceSettings.criterion.changed");
                return HOME + "#rubric";
            } catch (PracticeNameAlreadyUsed e) {
                result.rejectValue("name", "practiceSettings.name.taken");
            }
        }
        form.padded();
        model.addAttribute("editId", id);
        model.addAttribute("editErrors", result.getAllErrors().stream().map(error -> messages.getMessage(error, locale)).toList());
        return page(model);
    }

    @PostMapping("/rubric/{id}/active")
    String criterionActive(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
        settings.setCriterionActive(id, active);
        redirect.addFlashAttribute("message", active ? "practiceSettings.activated" : "practiceSettings.deactivated");
        return HOME + "#rubric";
    }

    private static @org.jspecify.annotations.Nullable String checkName(String name) {
        if (name.isBlank()) {
            return "practiceSettings.name.required";
        }
        return name.strip().length() > 200 ? "practiceSettings.name.size" : null;
    }

    private String page(Model model) {
        model.addAttribute("reasons", settings.endReasons());
        var rubric = settings.rubric();
        model.addAttribute("rubric", rubric);
        java.util.Map<UUID, CriterionFormData> forms = new java.util.LinkedHashMap<>();
        rubric.forEach(criterion -> forms.put(criterion.getId(), CriterionFormData.from(criterion)));
        model.addAttribute("criterionForms", forms);
        if (!model.containsAttribute("criterionForm")) {
            model.addAttribute("criterionForm", new CriterionFormData());
        }
        return PAGE;
    }
}
