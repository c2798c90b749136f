package ru.masterskaya.diagnostics.respondent.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.masterskaya.diagnostics.campaign.IncompleteSelfDiagnosis;
import ru.masterskaya.diagnostics.campaign.LinkNotUsable;
import ru.masterskaya.diagnostics.campaign.Profiles;
import ru.masterskaya.diagnostics.campaign.RespondentForm;
import ru.masterskaya.diagnostics.campaign.ResponseStatus;
import ru.masterskaya.diagnostics.campaign.SelfDiagnosis;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InvalidAnswer;
import ru.masterskaya.diagnostics.instrument.SelfRatingScale;
import ru.masterskaya.diagnostics.scoring.ScoringSheet;
import ru.masterskaya.diagnostics.scoring.ScoringSheets;

/**
 * The self-diagnosis behind a personal link: the introduction, short pages of questions, the
 * readiness to be a master, submission and the profile. Every page also works without JavaScript:
 * «Далее» posts the page's answers. Nothing here touches the HTTP session (no flash attributes):
 * the link is the only credential and thousands of respondents must leave no session rows.
 */
@Controller
@RequestMapping("/d/{token}")
class PersonalLinkController {

    /** About how long one question takes, for the introduction's estimate. */
    static final int SECONDS_PER_ITEM = 20;

    private final SelfDiagnosis selfDiagnosis;
    private final Profiles profiles;
    private final ScoringSheets sheets;
    private final Clock clock;

    PersonalLinkController(SelfDiagnosis selfDiagnosis, Profiles profiles, ScoringSheets sheets, Clock clock) {
        this.clock = clock;
        this.selfDiagnosis = selfDiagnosis;
        this.profiles = profiles;
        this.sheets = sheets;
    }

    @GetMapping
    String intro(@PathVariable String token, Model model) {
        RespondentForm form = selfDiagnosis.open(token);
        if (form.response().status() == ResponseStatus.FINISHED) {
            return "redirect:/d/" + token + "/profile";
        }
        if (form.answeredCount() > 0 || !form.readyTopics().isEmpty()) {
            return "redirect:" + resumeAddress(token, form);
        }
        model.addAttribute("token", token);
        model.addAttribute("campaign", form.campaign());
        model.addAttribute("itemCount", form.itemCount());
        model.addAttribute("minutes", Math.max(1, (form.itemCount() * SECONDS_PER_ITEM + 59) / 60));
        return "diagnostics/respondent/intro";
    }

    @GetMapping("/page/{number}")
    String page(@PathVariable String token, @PathVariable int number, @RequestParam(required = false) @Nullable Integer remaining,
            Model model) {
        RespondentForm form = selfDiagnosis.open(token);
        if (form.response().status() == ResponseStatus.FINISHED) {
            return "redirect:/d/" + token + "/profile";
        }
        QuestionPages pages = pagesOf(form);
        if (pages.page(number).isEmpty()) {
            return "redirect:/d/" + token;
        }
        model.addAttribute("remaining", remaining);
        return showPage(token, form, pages, number, form.answers(), Map.of(), model);
    }

    /** Without JavaScript the page's answers arrive together; with it they are already saved and this saves them again. */
    @PostMapping("/page/{number}")
    String savePage(@PathVariable String token, @PathVariable int number, @RequestParam(defaultValue = "next") String go,
            HttpServletRequest request, Model model) {
        RespondentForm form = selfDiagnosis.open(token);
        QuestionPages pages = pagesOf(form);
        QuestionPage page = pages.page(number).orElse(null);
        if (page == null) {
            return "redirect:/d/" + token;
        }
        Map<UUID, AnswerValue> values = new HashMap<>(form.answers());
        Map<UUID, String> errors = new LinkedHashMap<>();
        for (InstrumentItem item : page.items()) {
            try {
                String[] given = request.getParameterValues(AnswerParameters.nameOf(item.getId()));
                AnswerValue value = AnswerParameters.read(item, given);
                values.put(item.getId(), value);
                selfDiagnosis.saveAnswer(token, item.getId(), value);
            } catch (InvalidAnswer e) {
                errors.put(item.getId(), e.messageKey());
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errorCount", errors.size());
            return showPage(token, form, pages, number, values, errors, model);
        }
        if (go.equals("back")) {
            return "redirect:" + (number == 1 ? "/d/" + token : "/d/" + token + "/page/" + (number - 1));
        }
        return "redirect:" + (page.isLast() ? "/d/" + token + "/ready" : "/d/" + token + "/page/" + (number + 1));
    }

    @GetMapping("/ready")
    String ready(@PathVariable String token, Model model) {
        RespondentForm form = selfDiagnosis.open(token);
        if (form.response().status() == ResponseStatus.FINISHED) {
            return "redirect:/d/" + token + "/profile";
        }
        model.addAttribute("token", token);
        model.addAttribute("campaign", form.campaign());
        model.addAttribute("topics", sheetOf(form).topics());
        model.addAttribute("readyTopics", form.readyTopics());
        model.addAttribute("lastPage", pagesOf(form).count());
        model.addAttribute("itemCount", form.itemCount());
        return "diagnostics/respondent/ready";
    }

    @PostMapping("/submit")
    String submit(@PathVariable String token, @RequestParam(required = false) @Nullable List<UUID> ready,
            @RequestParam(defaultValue = "false") boolean readinessShown) {
        if (readinessShown) {
            RespondentForm form = selfDiagnosis.open(token);
            Set<UUID> ticked = ready == null ? Set.of() : Set.copyOf(ready);
            sheetOf(form).topics().forEach(topic -> {
                boolean wanted = ticked.contains(topic.topicId());
                if (wanted != form.readyTopics().contains(topic.topicId())) {
                    selfDiagnosis.setReady(token, topic.topicId(), wanted);
                }
            });
        }
        try {
            selfDiagnosis.submit(token);
        } catch (IncompleteSelfDiagnosis e) {
            RespondentForm form = selfDiagnosis.open(token);
            return "redirect:/d/" + token + "/page/" + pagesOf(form).pageOf(e.firstUnansweredItemId()) + "?remaining=" + e.unanswered()
                    + "#item-" + e.firstUnansweredItemId();
        }
        return "redirect:/d/" + token + "/profile";
    }

    @GetMapping("/profile")
    String profile(@PathVariable String token, Model model) {
        RespondentForm form = selfDiagnosis.open(token);
        if (form.response().status() != ResponseStatus.FINISHED) {
            return "redirect:/d/" + token;
        }
        model.addAttribute("campaign", form.campaign());
        model.addAttribute("submittedOn", LocalDate.ofInstant(java.util.Objects.requireNonNull(form.response().getSubmittedAt()), clock.getZone()));
        model.addAttribute("profile", profiles.of(form.response()));
        model.addAttribute("thresholds", form.campaign().thresholds());
        return "diagnostics/respondent/profile";
    }

    /** A submitted form cannot change; a second «Отправить» or a late «Далее» shows the profile instead. */
    @ExceptionHandler(LinkNotUsable.class)
    String linkNotUsable(LinkNotUsable e, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (e.reason() == LinkNotUsable.Reason.SUBMITTED) {
            String token = tokenOf(request);
            if (token != null) {
                return "redirect:/d/" + token + "/profile";
            }
        }
        return LinkNotUsablePage.show(e, response, model);
    }

    private String showPage(String token, RespondentForm form, QuestionPages pages, int number, Map<UUID, AnswerValue> values,
            Map<UUID, String> errors, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("campaign", form.campaign());
        model.addAttribute("page", pages.page(number).orElseThrow());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", SelfRatingScale.levels());
        return "diagnostics/respondent/page";
    }

    private String resumeAddress(String token, RespondentForm form) {
        return form.firstUnanswered()
                .map(item -> "/d/" + token + "/page/" + pagesOf(form).pageOf(item.getId()) + "#item-" + item.getId())
                .orElse("/d/" + token + "/ready");
    }

    private QuestionPages pagesOf(RespondentForm form) {
        return QuestionPages.of(form.version(), sheetOf(form));
    }

    private ScoringSheet sheetOf(RespondentForm form) {
        return sheets.of(form.version().getId());
    }

    @SuppressWarnings("unchecked")
    private static @Nullable String tokenOf(HttpServletRequest request) {
        Object variables = request.getAttribute(org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (String) ((Map<String, String>) map).get("token") : null;
    }
}
