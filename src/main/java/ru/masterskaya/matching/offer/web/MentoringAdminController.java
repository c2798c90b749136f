package ru.masterskaya.matching.offer.web;

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
import ru.masterskaya.matching.offer.MentoringDimension;
import ru.masterskaya.matching.offer.MentoringNameAlreadyUsed;
import ru.masterskaya.matching.offer.MentoringOptions;

/** The administrator's lists of mentoring forms and kinds: add, rename, deactivate or bring back; nothing is deleted. */
@Controller
@RequestMapping("/admin/mentoring")
class MentoringAdminController {

    private static final String PAGE = "matching/mentoring";

    private final MentoringOptions options;

    MentoringAdminController(MentoringOptions options) {
        this.options = options;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("option", new MentoringFormData());
        return page(model);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("option") MentoringFormData form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                options.add(Objects.requireNonNull(form.getDimension()), Objects.requireNonNull(form.getName()));
                redirect.addFlashAttribute("message", "mentoring.added");
                return "redirect:/admin/mentoring";
            } catch (MentoringNameAlreadyUsed e) {
                result.rejectValue("name", "mentoringForm.name.taken");
            }
        }
        return page(model);
    }

    @PostMapping("/{id}/rename")
    String rename(@PathVariable UUID id, @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
        String error = null;
        if (name.isBlank()) {
            error = "mentoringForm.name.required";
        } else if (name.strip().length() > 200) {
            error = "mentoringForm.name.size";
        } else {
            try {
                options.rename(id, name);
                redirect.addFlashAttribute("message", "mentoring.renamed");
                return "redirect:/admin/mentoring";
            } catch (MentoringNameAlreadyUsed e) {
                error = "mentoringForm.name.taken";
            }
        }
        model.addAttribute("option", new MentoringFormData());
        model.addAttribute("renameId", id);
        model.addAttribute("renameValue", name);
        model.addAttribute("renameError", error);
        return page(model);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        options.setActive(id, false);
        redirect.addFlashAttribute("message", "mentoring.deactivated");
        return "redirect:/admin/mentoring";
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable UUID id, RedirectAttributes redirect) {
        options.setActive(id, true);
        redirect.addFlashAttribute("message", "mentoring.activated");
        return "redirect:/admin/mentoring";
    }

    private String page(Model model) {
        model.addAttribute("forms", options.all().stream().filter(option -> option.getDimension() == MentoringDimension.FORM).toList());
        model.addAttribute("kinds", options.all().stream().filter(option -> option.getDimension() == MentoringDimension.KIND).toList());
        model.addAttribute("dimensions", MentoringDimension.values());
        return PAGE;
    }

}
