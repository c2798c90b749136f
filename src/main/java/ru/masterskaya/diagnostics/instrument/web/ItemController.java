package ru.masterskaya.diagnostics.instrument.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicFilter;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentNotFoundException;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.diagnostics.instrument.ItemDraft;
import ru.masterskaya.diagnostics.instrument.ItemKind;
import ru.masterskaya.diagnostics.instrument.ItemProblem;
import ru.masterskaya.diagnostics.instrument.ItemRules;
import ru.masterskaya.diagnostics.instrument.RawItem;
import ru.masterskaya.diagnostics.instrument.SelfRatingScale;

/**
 * Adding, changing, removing and moving the items of an instrument. Every change takes the whole
 * list of the latest version, changes it and puts it back; a frozen latest version stays as it is
 * and the change becomes the next version. A change made from an outdated page is refused with 409.
 * Items are addressed by their position (from 1) in the latest version.
 */
@Controller
class ItemController {

    private static final String FORM = "diagnostics/instruments/item-form";

    private final Instruments instruments;
    private final TopicCatalogue catalogue;

    ItemController(Instruments instruments, TopicCatalogue catalogue) {
        this.instruments = instruments;
        this.catalogue = catalogue;
    }

    @GetMapping("/instruments/{id}/items/new")
    String newItem(@PathVariable UUID id, Model model) {
        InstrumentVersion latest = instruments.latestVersion(id);
        model.addAttribute("item", ItemFormData.empty(latest));
        return showForm(id, null, latest, model);
    }

    @PostMapping("/instruments/{id}/items/new")
    String add(@PathVariable UUID id, @ModelAttribute("item") ItemFormData form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return save(id, null, form, result, model, response, redirect, (drafts, draft) -> drafts.add(draft));
    }

    @GetMapping("/instruments/{id}/items/{number}/edit")
    String edit(@PathVariable UUID id, @PathVariable int number, Model model) {
        InstrumentVersion latest = instruments.latestVersion(id);
        model.addAttribute("item", ItemFormData.of(itemAt(latest, number), latest));
        return showForm(id, number, latest, model);
    }

    @PostMapping("/instruments/{id}/items/{number}/edit")
    String update(@PathVariable UUID id, @PathVariable int number, @ModelAttribute("item") ItemFormData form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        itemAt(instruments.latestVersion(id), number);
        return save(id, number, form, result, model, response, redirect, (drafts, draft) -> drafts.set(number - 1, draft));
    }

    @PostMapping("/instruments/{id}/items/{number}/delete")
    String delete(@PathVariable UUID id, @PathVariable int number, @RequestParam UUID versionId, @RequestParam long version,
            HttpServletResponse response, RedirectAttributes redirect) {
        return change(id, number, versionId, version, response, redirect, "instrument.item.deleted", drafts -> {
            drafts.remove(number - 1);
            return drafts;
        });
    }

    @PostMapping("/instruments/{id}/items/{number}/move")
    String move(@PathVariable UUID id, @PathVariable int number, @RequestParam String direction, @RequestParam UUID versionId,
            @RequestParam long version, HttpServletResponse response, RedirectAttributes redirect) {
        int other = "up".equals(direction) ? number - 1 : number + 1;
        return change(id, number, versionId, version, response, redirect, "instrument.item.moved", drafts -> {
            if (other >= 1 && other <= drafts.size()) {
                Collections.swap(drafts, number - 1, other - 1);
            }
            return drafts;
        });
    }

    private String change(UUID id, int number, UUID versionId, long version, HttpServletResponse response, RedirectAttributes redirect,
            String message, UnaryOperator<List<ItemDraft>> edit) {
        InstrumentVersion latest = instruments.latestVersion(id);
        if (!latest.getId().equals(versionId) || latest.getVersion() != version) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return "error/409";
        }
        itemAt(latest, number);
        InstrumentVersion saved = instruments.replaceItems(id, edit.apply(drafts(latest)));
        flash(latest, saved, message, redirect);
        return "redirect:/instruments/" + id;
    }

    private interface Placement {
        void place(List<ItemDraft> drafts, ItemDraft draft);
    }

    private String save(UUID id, @Nullable Integer number, ItemFormData form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Placement placement) {
        InstrumentVersion latest = instruments.latestVersion(id);
        if (form.isStale(latest)) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return "error/409";
        }
        RawItem raw = form.toRaw();
        for (ItemProblem problem : ItemRules.check(raw)) {
            result.rejectValue(field(problem), problem.messageKey(), problem.arguments(), null);
        }
        if (raw.topicId() != null && activeTopics().stream().noneMatch(topic -> topic.getId().equals(raw.topicId()))) {
            result.rejectValue("topicId", "item.topic.inactive");
        }
        if (result.hasErrors()) {
            form.padOptions();
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(id, number, latest, model);
        }
        List<ItemDraft> drafts = drafts(latest);
        placement.place(drafts, ItemRules.toDraft(raw));
        InstrumentVersion saved = instruments.replaceItems(id, drafts);
        flash(latest, saved, "instrument.item.saved", redirect);
        return "redirect:/instruments/" + id;
    }

    private static void flash(InstrumentVersion before, InstrumentVersion saved, String message, RedirectAttributes redirect) {
        if (saved.getNumber() != before.getNumber()) {
            redirect.addFlashAttribute("message", "instrument.savedAsNewVersion");
            redirect.addFlashAttribute("messageArguments", new Object[] {saved.getNumber(), before.getNumber()});
        } else {
            redirect.addFlashAttribute("message", message);
        }
    }

    private static List<ItemDraft> drafts(InstrumentVersion latest) {
        return new ArrayList<>(latest.getItems().stream().map(InstrumentItem::toDraft).toList());
    }

    private static InstrumentItem itemAt(InstrumentVersion latest, int number) {
        List<InstrumentItem> items = latest.getItems();
        if (number < 1 || number > items.size()) {
            throw new InstrumentNotFoundException(latest.getId() + " item " + number);
        }
        return items.get(number - 1);
    }

    private static String field(ItemProblem problem) {
        return switch (problem.field()) {
            case KIND -> "kind";
            case TOPIC -> "topicId";
            case TEXT -> "text";
            case OPTIONS -> "options";
            case OPTION_TEXT -> "options[" + (problem.optionNumber() - 1) + "].text";
            case OPTION_SCORE -> "options[" + (problem.optionNumber() - 1) + "].score";
        };
    }

    private List<Topic> activeTopics() {
        return catalogue.list(TopicFilter.ACTIVE);
    }

    private String showForm(UUID id, @Nullable Integer number, InstrumentVersion latest, Model model) {
        model.addAttribute("instrument", instruments.get(id));
        model.addAttribute("latest", latest);
        model.addAttribute("number", number);
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("groups", TopicGroup.of(activeTopics()));
        model.addAttribute("scale", SelfRatingScale.levels());
        return FORM;
    }
}
