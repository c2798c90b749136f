package ru.masterskaya.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.registry.ConcurrentEditException;
import ru.masterskaya.registry.OrganisationType;
import ru.masterskaya.registry.OrganisationTypeCodeAlreadyUsed;
import ru.masterskaya.registry.OrganisationTypeManagement;
import ru.masterskaya.registry.OrganisationTypeNameAlreadyUsed;

/** The administrator's list of organisation types: adding a type and editing one; codes never change. */
@Controller
@RequestMapping("/admin/organisation-types")
class OrganisationTypeController {

    private static final String LIST = "admin/organisation-types";
    private static final String FORM = "admin/organisation-type-form";

    private final OrganisationTypeManagement types;

    OrganisationTypeController(OrganisationTypeManagement types) {
        this.types = types;
    }

    @InitBinder("type")
    void codeIsFixed(WebDataBinder binder, @PathVariable(required = false) String code) {
        if (code != null) {
            binder.setDisallowedFields("code");
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("type", new OrganisationTypeFormData());
        return list(model, true);
    }

    @PostMapping
    String create(
            @Validated({Default.class, OrganisationTypeFormData.Creation.class}) @ModelAttribute("type") OrganisationTypeFormData form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                types.create(Objects.requireNonNull(form.getCode()), form.toParameters());
                redirect.addFlashAttribute("message", "organisationType.created");
                return "redirect:/admin/organisation-types";
            } catch (OrganisationTypeCodeAlreadyUsed e) {
                result.rejectValue("code", "organisationType.code.taken");
            } catch (OrganisationTypeNameAlreadyUsed e) {
                result.rejectValue("name", "organisationType.name.taken");
            }
        }
        return list(model, false);
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        model.addAttribute("type", OrganisationTypeFormData.from(types.get(code)));
        model.addAttribute("code", code);
        return FORM;
    }

    @PostMapping("/{code}/edit")
    String update(
            @PathVariable String code,
            @Valid @ModelAttribute("type") OrganisationTypeFormData form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        OrganisationType type = types.get(code);
        model.addAttribute("code", type.getCode());
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            types.change(code, form.getVersion(), form.toParameters());
            redirect.addFlashAttribute("message", "organisationType.saved");
            return "redirect:/admin/organisation-types";
        } catch (OrganisationTypeNameAlreadyUsed e) {
            result.rejectValue("name", "organisationType.name.taken");
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            result.reject("organisationType.conflict");
            form.setVersion(((OrganisationType) e.current()).getVersion());
        }
        return FORM;
    }

    private String list(Model model, boolean formCollapsed) {
        model.addAttribute("types", types.all());
        model.addAttribute("formCollapsed", formCollapsed);
        return LIST;
    }
}
