package ru.masterskaya.practice.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicId;
import ru.masterskaya.practice.JournalEntryKind;
import ru.masterskaya.practice.PairLife;
import ru.masterskaya.practice.PracticePair;
import ru.masterskaya.practice.PracticeFileRejected;
import ru.masterskaya.practice.PracticeFileRules;
import ru.masterskaya.practice.PracticePairRepository;
import ru.masterskaya.practice.PracticeRule;
import ru.masterskaya.practice.PracticeRuleBroken;
import ru.masterskaya.practice.attention.link.PairLinkHolder;
import ru.masterskaya.practice.attention.link.PairLinkNotUsable;
import ru.masterskaya.practice.attention.link.PairLinks;

/**
 * The journal form behind a reminder's one-time link ({@code /p/{token}/journal}, the stateless chain
 * of personal links): a side adds one entry without signing in, and saving the entry uses the link up.
 * The form is the one of the pair page, files included; a file over the upload limit brings the form
 * back with the reason ({@link PairUploadForms}), and a refused file leaves the link unused.
 */
@Controller
class PairLinkJournalController {

    static final String FORM = "practice/link-journal";
    static final String NOT_USABLE = "practice/attention/link-not-usable";

    private final PairLinks links;
    private final PairLife life;
    private final PracticePairRepository pairs;
    private final TopicCatalogue topics;
    private final Clock clock;

    PairLinkJournalController(PairLinks links, PairLife life, PracticePairRepository pairs, TopicCatalogue topics, Clock clock) {
        this.links = links;
        this.life = life;
        this.pairs = pairs;
        this.topics = topics;
        this.clock = clock;
    }

    @GetMapping(PairLinks.PATH + "{token}/journal")
    String form(@PathVariable String token, @RequestParam(name = "refused", required = false) @Nullable String refused, Model model,
            HttpServletResponse response) {
        Optional<PracticePair> pair = usablePair(token);
        if (pair.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            return NOT_USABLE;
        }
        EntryFormData form = EntryFormData.on(LocalDate.now(clock));
        model.addAttribute("entryForm", form);
        if ("tooLarge".equals(refused)) {
            BindingResult result = new BeanPropertyBindingResult(form, "entryForm");
            result.reject("pair.upload.tooLarge");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "entryForm", result);
        }
        return page(model, token, pair.get());
    }

    @PostMapping(PairLinks.PATH + "{token}/journal")
    String save(@PathVariable String token, @Valid @ModelAttribute("entryForm") EntryFormData form, BindingResult result,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model, HttpServletResponse response) {
        Optional<PracticePair> pair = usablePair(token);
        if (pair.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            return NOT_USABLE;
        }
        if (!result.hasErrors()) {
            try {
                life.addEntryByLink(token, form.toParameters(Uploads.of(files)));
                model.addAttribute("topic", topicName(pair.get()));
                return "practice/link-journal-saved";
            } catch (PracticeFileRejected e) {
                result.reject(e.reason().messageKey(), Uploads.rejectionArguments(e), null);
            } catch (PairLinkNotUsable e) {
                response.setStatus(HttpServletResponse.SC_GONE);
                return NOT_USABLE;
            } catch (PracticeRuleBroken e) {
                if (e.rule() == PracticeRule.ENTRY_IN_FUTURE || e.rule() == PracticeRule.ENTRY_BEFORE_PAIR) {
                    result.rejectValue("occurredOn", e.rule().messageKey());
                } else {
                    response.setStatus(HttpServletResponse.SC_GONE);
                    return NOT_USABLE;
                }
            }
        }
        return page(model, token, pair.get());
    }

    private Optional<PracticePair> usablePair(String token) {
        Optional<PairLinkHolder> holder = links.open(token);
        return holder.flatMap(link -> pairs.findById(link.pairId())).filter(found -> found.status().isUnderway());
    }

    private String page(Model model, String token, PracticePair pair) {
        model.addAttribute("token", token);
        model.addAttribute("topic", topicName(pair));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("kinds", JournalEntryKind.values());
        model.addAttribute("durations", EntryFormData.DURATIONS);
        model.addAttribute("accept", PracticeFileRules.ACCEPT);
        model.addAttribute("maxFiles", PracticeFileRules.MAX_FILES);
        return FORM;
    }

    private String topicName(PracticePair pair) {
        return topics.get(new TopicId(pair.topicId())).getName();
    }
}
