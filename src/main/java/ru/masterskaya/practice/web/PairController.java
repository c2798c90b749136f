package ru.masterskaya.practice.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.matching.offer.MentoringDimension;
import ru.masterskaya.matching.offer.MentoringOption;
import ru.masterskaya.matching.offer.MentoringOptions;
import ru.masterskaya.practice.CompletionParameters;
import ru.masterskaya.practice.ConsentParameters;
import ru.masterskaya.practice.JournalEntryKind;
import ru.masterskaya.practice.PairActor;
import ru.masterskaya.practice.PairId;
import ru.masterskaya.practice.PairLife;
import ru.masterskaya.practice.PairView;
import ru.masterskaya.practice.PairViews;
import ru.masterskaya.practice.PracticeFile;
import ru.masterskaya.practice.PracticeFileRejected;
import ru.masterskaya.practice.PracticeFileRules;
import ru.masterskaya.practice.PracticeRule;
import ru.masterskaya.practice.PracticeRuleBroken;
import ru.masterskaya.practice.PracticeSettings;
import ru.masterskaya.practice.RubricCriterion;
import ru.masterskaya.practice.UploadedFile;
import ru.masterskaya.registry.CurrentUser;

/**
 * The page of one pair and everything done on it: the plan and its agreement, the journal, the
 * check-in, pause and early end, the product, the grade and the practitioner's confirmation. Who
 * may do what is decided by {@link PairLife}; a refusal comes back as a message on the page.
 */
@Controller
@RequestMapping("/pairs/{id}")
class PairController {

    static final String PAGE = "practice/pair";

    private final PairViews views;
    private final PairLife life;
    private final PracticeSettings settings;
    private final MentoringOptions mentoring;
    private final MessageSource messages;
    private final Clock clock;

    PairController(PairViews views, PairLife life, PracticeSettings settings, MentoringOptions mentoring, MessageSource messages,
            Clock clock) {
        this.views = views;
        this.life = life;
        this.settings = settings;
        this.mentoring = mentoring;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(model, views.view(new PairId(id), PairActor.of(user)));
    }

    // ---- agreement

    @PostMapping("/plan")
    String changePlan(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("planForm") PlanFormData form,
            BindingResult result, @RequestParam(defaultValue = "false") boolean agree, Model model, RedirectAttributes redirect) {
        form.checkTogether(result);
        checkMentoring(form, result);
        if (result.hasErrors()) {
            model.addAttribute("open", "plan");
            return page(model, views.view(new PairId(id), PairActor.of(user)));
        }
        life.changePlan(new PairId(id), PairActor.of(user), form.toParameters(), agree);
        return done(id, redirect, agree ? "pair.plan.savedAndAgreed" : "pair.plan.saved", "plan");
    }

    @PostMapping("/agree")
    String agree(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        life.agree(new PairId(id), PairActor.of(user));
        return done(id, redirect, "pair.agreed", "plan");
    }

    @PostMapping("/decline")
    String decline(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("declineForm") EndFormData form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("open", "decline");
            return page(model, views.view(new PairId(id), PairActor.of(user)));
        }
        life.decline(new PairId(id), PairActor.of(user), form.toParameters());
        return done(id, redirect, "pair.declined", "top");
    }

    // ---- the journal

    @PostMapping("/entries")
    String addEntry(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("entryForm") EntryFormData form,
            BindingResult result, @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                life.addEntry(new PairId(id), PairActor.of(user), form.toParameters(Uploads.of(files)));
                return done(id, redirect, "pair.entry.added", "journal");
            } catch (PracticeFileRejected e) {
                result.reject(e.reason().messageKey(), Uploads.rejectionArguments(e), null);
            } catch (PracticeRuleBroken e) {
                if (e.rule() == PracticeRule.ENTRY_IN_FUTURE || e.rule() == PracticeRule.ENTRY_BEFORE_PAIR) {
                    result.rejectValue("occurredOn", e.rule().messageKey());
                } else {
                    throw e;
                }
            }
        }
        return page(model, views.view(new PairId(id), PairActor.of(user)));
    }

    @PostMapping("/pause")
    String pause(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("pauseForm") PauseFormData form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                life.pause(new PairId(id), PairActor.of(user), Objects.requireNonNull(form.getResumeOn()));
                return done(id, redirect, "pair.paused", "top");
            } catch (PracticeRuleBroken e) {
                if (e.rule() != PracticeRule.RESUME_DATE_NOT_AHEAD) {
                    throw e;
                }
                result.rejectValue("resumeOn", e.rule().messageKey());
            }
        }
        model.addAttribute("open", "manage");
        return page(model, views.view(new PairId(id), PairActor.of(user)));
    }

    @PostMapping("/resume")
    String resume(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        life.resume(new PairId(id), PairActor.of(user));
        return done(id, redirect, "pair.resumed", "top");
    }

    @PostMapping("/end")
    String endEarly(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("endForm") EndFormData form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("open", "manage");
            return page(model, views.view(new PairId(id), PairActor.of(user)));
        }
        life.endEarly(new PairId(id), PairActor.of(user), form.toParameters());
        return done(id, redirect, "pair.endedEarly", "top");
    }

    // ---- check-ins

    @PostMapping("/check-in")
    String checkIn(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("checkInForm") CheckInFormData form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(model, views.view(new PairId(id), PairActor.of(user)));
        }
        life.checkIn(new PairId(id), PairActor.of(user), form.toParameters());
        return done(id, redirect, "pair.checkIn.saved", "check-in");
    }

    @PostMapping("/attention/acknowledge")
    String acknowledge(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        life.acknowledgeAttention(new PairId(id), PairActor.of(user));
        return done(id, redirect, "pair.attention.acknowledged", "top");
    }

    // ---- completion

    @PostMapping("/product")
    String recordProduct(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("productForm") ProductFormData form, BindingResult result,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect) {
        PairView view = views.view(new PairId(id), PairActor.of(user));
        UploadedFile upload = file == null || file.isEmpty() ? null : Uploads.of(file);
        if (!result.hasErrors() && !form.hasLink() && upload == null && view.productFile() == null) {
            result.rejectValue("link", "productForm.linkOrFile.required");
        }
        if (!result.hasErrors()) {
            try {
                life.recordProduct(new PairId(id), PairActor.of(user), form.toParameters(upload));
                return done(id, redirect, "pair.product.saved", "completion");
            } catch (PracticeFileRejected e) {
                result.reject(e.reason().messageKey(), Uploads.rejectionArguments(e), null);
            }
        }
        model.addAttribute("open", "product");
        return page(model, view);
    }

    @PostMapping("/grade")
    String grade(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("gradeForm") GradeFormData form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        form.checkAgainst(life.activeRubric(), result);
        if (result.hasErrors()) {
            model.addAttribute("open", "grade");
            return page(model, views.view(new PairId(id), PairActor.of(user)));
        }
        life.grade(new PairId(id), PairActor.of(user), form.toParameters());
        return done(id, redirect, "pair.graded", "completion");
    }

    @PostMapping("/complete")
    String complete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("completionForm") CompletionFormData form, BindingResult result, HttpServletRequest request,
            Locale locale, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(model, views.view(new PairId(id), PairActor.of(user)));
        }
        boolean consent = Objects.requireNonNull(form.getConsent());
        life.complete(new PairId(id), PairActor.of(user), new CompletionParameters(Objects.requireNonNull(form.getReview()), consent,
                consentText(consent, locale), request.getRemoteAddr()));
        return done(id, redirect, "pair.completed", "completion");
    }

    @PostMapping("/consent")
    String changeConsent(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable Boolean consent,
            HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
        if (consent == null) {
            redirect.addFlashAttribute("error", "completionForm.consent.required");
            return "redirect:/pairs/" + id + "#completion";
        }
        life.changeConsent(new PairId(id), PairActor.of(user), new ConsentParameters(consent, consentText(consent, locale),
                request.getRemoteAddr()));
        return done(id, redirect, "pair.consent.changed", "completion");
    }

    // ---- files

    @GetMapping("/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID fileId, @AuthenticationPrincipal CurrentUser user) {
        PracticeFile file = views.file(new PairId(id), fileId, PairActor.of(user));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    /** A rule the pair refused: said on the page, nothing changed. */
    @ExceptionHandler(PracticeRuleBroken.class)
    String refused(PracticeRuleBroken e, HttpServletRequest request, RedirectAttributes redirect) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        redirect.addFlashAttribute("error", e.rule().messageKey());
        return "redirect:/pairs/" + UUID.fromString(variables.get("id"));
    }

    private String page(Model model, PairView view) {
        LocalDate today = LocalDate.now(clock);
        List<RubricCriterion> rubric = life.activeRubric();
        model.addAttribute("view", view);
        model.addAttribute("pair", view.pair());
        model.addAttribute("today", today);
        model.addAttribute("kinds", JournalEntryKind.values());
        model.addAttribute("durations", EntryFormData.DURATIONS);
        model.addAttribute("accept", PracticeFileRules.ACCEPT);
        model.addAttribute("maxFiles", PracticeFileRules.MAX_FILES);
        model.addAttribute("endReasons", settings.activeEndReasons());
        model.addAttribute("endReasonNames", settings.endReasonNames());
        model.addAttribute("rubric", rubric);
        model.addAttribute("sides", ru.masterskaya.practice.PairSide.values());
        model.addAttribute("finishedOn", view.pair().finishedAt() == null ? null : LocalDate.ofInstant(view.pair().finishedAt(), clock.getZone()));
        Map<ru.masterskaya.practice.PairSide, java.time.LocalDateTime> agreedMoments = new java.util.EnumMap<>(ru.masterskaya.practice.PairSide.class);
        for (ru.masterskaya.practice.PairSide side : ru.masterskaya.practice.PairSide.values()) {
            java.time.Instant agreed = view.pair().agreedAt(side);
            if (agreed != null) {
                agreedMoments.put(side, java.time.LocalDateTime.ofInstant(agreed, clock.getZone()));
            }
        }
        model.addAttribute("agreedMoments", agreedMoments);
        List<MentoringOption> options = mentoring.active();
        model.addAttribute("mentoringForms", options.stream().filter(option -> option.getDimension() == MentoringDimension.FORM).toList());
        model.addAttribute("mentoringKinds", options.stream().filter(option -> option.getDimension() == MentoringDimension.KIND).toList());
        addIfAbsent(model, "planForm", PlanFormData.from(view.pair().plan()));
        addIfAbsent(model, "entryForm", EntryFormData.on(today));
        addIfAbsent(model, "declineForm", new EndFormData());
        addIfAbsent(model, "endForm", new EndFormData());
        addIfAbsent(model, "pauseForm", new PauseFormData());
        addIfAbsent(model, "checkInForm", new CheckInFormData());
        addIfAbsent(model, "productForm", ProductFormData.from(view.pair().product(), view.pair().plan().expectedProduct()));
        addIfAbsent(model, "gradeForm", GradeFormData.from(view.pair().grades(), view.pair().gradeComment(), rubric));
        addIfAbsent(model, "completionForm", new CompletionFormData());
        return PAGE;
    }

    private static void addIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }

    private void checkMentoring(PlanFormData form, BindingResult result) {
        List<MentoringOption> all = mentoring.all();
        if (form.getMentoringFormId() != null && all.stream().noneMatch(option -> option.getId().equals(form.getMentoringFormId())
                && option.getDimension() == MentoringDimension.FORM)) {
            result.rejectValue("mentoringFormId", "planForm.mentoring.unknown");
        }
        if (form.getMentoringKindId() != null && all.stream().noneMatch(option -> option.getId().equals(form.getMentoringKindId())
                && option.getDimension() == MentoringDimension.KIND)) {
            result.rejectValue("mentoringKindId", "planForm.mentoring.unknown");
        }
    }

    /** The exact words of the answer the practitioner chose, in the language they read it, as the consent records it. */
    private String consentText(boolean consent, Locale locale) {
        return messages.getMessage(consent ? "completion.consent.yes" : "completion.consent.no", null, locale);
    }

    private static String done(UUID id, RedirectAttributes redirect, String message, String anchor) {
        redirect.addFlashAttribute("message", message);
        return "redirect:/pairs/" + id + "#" + anchor;
    }
}
