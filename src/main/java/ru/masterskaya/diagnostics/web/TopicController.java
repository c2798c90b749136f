package ru.masterskaya.diagnostics.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.TopicBlock;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicChangedMeanwhile;
import ru.masterskaya.diagnostics.TopicId;
import ru.masterskaya.diagnostics.TopicNameAlreadyUsed;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Role;

/** The catalogue of topics: read by everyone who manages people, kept by administrators and coordinators. */
@Controller
class TopicController {

    private static final String LIST = "diagnostics/topics";
    private static final String FORM = "diagnostics/topic-form";

    private final TopicCatalogue catalogue;

    TopicController(TopicCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/topics")
    String list(
            TopicListParameters parameters,
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        model.addAttribute("groups", BlockOfTopics.group(catalogue.list(parameters.toFilter())));
        model.addAttribute("filter", parameters);
        model.addAttribute("canEdit", user.hasRole(Role.ADMINISTRATOR) || user.hasRole(Role.COORDINATOR));
        if (htmx != null) {
            return LIST + " :: results";
        }
        model.addAttribute("blocks", TopicBlock.values());
        return LIST;
    }

    @GetMapping("/topics/new")
    String newTopic(Model model) {
        model.addAttribute("topic", new TopicFormData());
        return showForm(model, null);
    }

    @PostMapping("/topics/new")
    String create(@Valid @ModelAttribute("topic") TopicFormData form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Topic topic = catalogue.create(form.toParameters());
                redirect.addFlashAttribute("message", "topic.created");
                redirect.addAttribute("block", topic.getBlock());
                return "redirect:/topics";
            } catch (TopicNameAlreadyUsed e) {
                result.rejectValue("name", "topic.name.taken");
            }
        }
        return showForm(model, null);
    }

    @GetMapping("/topics/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("topic", TopicFormData.from(catalogue.get(new TopicId(id))));
        return showForm(model, id);
    }

    @PostMapping("/topics/{id}/edit")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("topic") TopicFormData form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TopicId topicId = new TopicId(id);
        catalogue.get(topicId);
        if (result.hasErrors()) {
            return showForm(model, id);
        }
        try {
            catalogue.change(topicId, form.getVersion(), form.toParameters());
            redirect.addFlashAttribute("message", "topic.saved");
            return "redirect:/topics";
        } catch (TopicNameAlreadyUsed e) {
            result.rejectValue("name", "topic.name.taken");
        } catch (TopicChangedMeanwhile e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", TopicConflict.between(form, e.current()));
            form.setVersion(e.current().getVersion());
        }
        return showForm(model, id);
    }

    @PostMapping("/topics/{id}/deactivate")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        Topic topic = catalogue.deactivate(new TopicId(id));
        return backToList(topic, "topic.deactivated", redirect);
    }

    @PostMapping("/topics/{id}/activate")
    String activate(@PathVariable UUID id, RedirectAttributes redirect) {
        Topic topic = catalogue.activate(new TopicId(id));
        return backToList(topic, "topic.activated", redirect);
    }

    private String backToList(Topic topic, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", message);
        redirect.addFlashAttribute("messageArguments", new Object[] {topic.getName()});
        redirect.addAttribute("block", topic.getBlock());
        redirect.addAttribute("status", "all");
        return "redirect:/topics";
    }

    private String showForm(Model model, @Nullable UUID id) {
        model.addAttribute("topicId", id);
        model.addAttribute("blocks", TopicBlock.values());
        return FORM;
    }
}
