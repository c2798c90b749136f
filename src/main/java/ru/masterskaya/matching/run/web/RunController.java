package ru.masterskaya.matching.run.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.calendar.SelectedAcademicYear;
import ru.masterskaya.matching.run.MatchingRuns;
import ru.masterskaya.matching.run.MoveWarning;
import ru.masterskaya.matching.run.RunDecisions;
import ru.masterskaya.matching.run.RunNotDraft;
import ru.masterskaya.matching.run.RunView;
import ru.masterskaya.matching.run.RunViews;
import ru.masterskaya.matching.run.StoredPair;
import ru.masterskaya.matching.run.StoredRun;
import ru.masterskaya.matching.solver.PairExplanations;
import ru.masterskaya.matching.solver.SameOrganisation;
import ru.masterskaya.registry.CurrentUser;

/**
 * Matching runs of the selected year: start one with rules, read the draft with its explanations,
 * lock, forbid and move pairs, run again, export, publish. Scope checks live in {@link MatchingRuns},
 * {@link RunDecisions} and {@link RunViews}.
 */
@Controller
class RunController {

    private static final String FORM = "matching/runs/new";

    private final MatchingRuns runs;
    private final RunDecisions decisions;
    private final RunViews views;
    private final SelectedAcademicYear selectedYear;
    private final MessageSource messages;

    RunController(MatchingRuns runs, RunDecisions decisions, RunViews views, SelectedAcademicYear selectedYear, MessageSource messages) {
        this.runs = runs;
        this.decisions = decisions;
        this.views = views;
        this.selectedYear = selectedYear;
        this.messages = messages;
    }

    @GetMapping("/matching/runs")
    String list(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
        AcademicYear year = selectedYear.of(session);
        model.addAttribute("year", year);
        model.addAttribute("runs", views.visible(year, user.registryScope()));
        model.addAttribute("canStart", user.registryScope().managesTerritory());
        return "matching/runs/list";
    }

    @GetMapping("/matching/runs/new")
    String form(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
        requireTerritory(user);
        return form(model, RulesFormData.defaults(), selectedYear.of(session));
    }

    @PostMapping("/matching/runs")
    String start(@AuthenticationPrincipal CurrentUser user, HttpSession session, @Valid @ModelAttribute("form") RulesFormData form,
            BindingResult binding, Model model) {
        requireTerritory(user);
        if (binding.hasErrors()) {
            return form(model, form, selectedYear.of(session));
        }
        StoredRun run = runs.start(selectedYear.of(session), user.registryScope(), form.toRules(), user.getUsername());
        return "redirect:/matching/runs/" + run.id();
    }

    @GetMapping("/matching/runs/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String typeCode,
            @RequestParam(required = false) @Nullable UUID topicId, @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model, Locale locale) {
        RunView view = views.view(id, user.registryScope());
        String type = typeCode == null || typeCode.isBlank() ? null : typeCode;
        List<StoredPair> shown = view.pairs().stream()
                .filter(pair -> type == null || view.person(pair.practitionerId()).organisationTypeCode().equals(type))
                .filter(pair -> topicId == null || pair.topicId().equals(topicId))
                .toList();
        RunSummary summary = RunSummary.of(view, view::topicName);
        model.addAttribute("view", view);
        model.addAttribute("run", view.run());
        model.addAttribute("shown", shown);
        model.addAttribute("summary", summary);
        model.addAttribute("typeCode", type);
        model.addAttribute("topicId", topicId);
        model.addAttribute("points", new Points(locale));
        model.addAttribute("explain", new Explanations(new PairExplanations(messages, view::topicName), locale));
        return htmx != null ? "matching/runs/run :: pairs" : "matching/runs/run";
    }

    /** The manual-move form of one practitioner, loaded when the coordinator opens it: the options cost a solve's inputs. */
    @GetMapping("/matching/runs/{id}/move-options")
    String moveOptions(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam UUID practitionerId, Model model) {
        model.addAttribute("runId", id);
        model.addAttribute("practitionerId", practitionerId);
        model.addAttribute("options", decisions.moveOptions(id, practitionerId, user.registryScope()));
        return "matching/runs/move :: move";
    }

    @GetMapping("/matching/runs/{id}/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale) {
        RunView view = views.view(id, user.registryScope());
        byte[] content = new RunWorkbook(messages, locale).write(view, view::topicName);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("matching-" + id + ".xlsx").build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(content);
    }

    @PostMapping("/matching/runs/{id}/rerun")
    String rerun(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        StoredRun next = runs.rerun(id, user.registryScope(), user.getUsername());
        redirect.addFlashAttribute("message", "run.rerun.done");
        return "redirect:/matching/runs/" + next.id();
    }

    @PostMapping("/matching/runs/{id}/lock")
    String lock(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam UUID practitionerId, @RequestParam UUID masterId,
            RedirectAttributes redirect) {
        decisions.lock(id, practitionerId, masterId, user.registryScope(), user.getUsername());
        redirect.addFlashAttribute("message", "run.locked");
        return "redirect:/matching/runs/" + id;
    }

    @PostMapping("/matching/runs/{id}/forbid")
    String forbid(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam UUID practitionerId, @RequestParam UUID masterId,
            RedirectAttributes redirect) {
        decisions.forbid(id, practitionerId, masterId, user.registryScope(), user.getUsername());
        redirect.addFlashAttribute("message", "run.forbidden");
        return "redirect:/matching/runs/" + id;
    }

    @PostMapping("/matching/runs/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam UUID practitionerId,
            @RequestParam UUID masterId, RedirectAttributes redirect) {
        decisions.withdraw(id, practitionerId, masterId, user.registryScope());
        redirect.addFlashAttribute("message", "run.withdrawn");
        return "redirect:/matching/runs/" + id;
    }

    @PostMapping("/matching/runs/{id}/move")
    String move(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam UUID practitionerId,
            @RequestParam(required = false) @Nullable UUID masterId, RedirectAttributes redirect) {
        if (masterId == null) {
            redirect.addFlashAttribute("message", "run.move.masterRequired");
            return "redirect:/matching/runs/" + id;
        }
        Set<MoveWarning> warnings = decisions.move(id, practitionerId, masterId, user.registryScope(), user.getUsername());
        redirect.addFlashAttribute("message", "run.moved");
        redirect.addFlashAttribute("moveWarnings", List.copyOf(warnings));
        return "redirect:/matching/runs/" + id;
    }

    @PostMapping("/matching/runs/{id}/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) @Nullable List<UUID> practitionerIds, @RequestParam(defaultValue = "all") String scope,
            RedirectAttributes redirect) {
        List<UUID> chosen = practitionerIds == null ? List.of() : practitionerIds;
        if (scope.equals("chosen") && chosen.isEmpty()) {
            redirect.addFlashAttribute("message", "run.publish.noneChosen");
            return "redirect:/matching/runs/" + id;
        }
        int published = runs.publish(id, scope.equals("chosen") ? chosen : List.of(), user.registryScope(), user.getUsername());
        redirect.addFlashAttribute("message", "run.published");
        redirect.addFlashAttribute("messageArguments", new Object[] {published});
        return "redirect:/matching/runs/" + id;
    }

    @ExceptionHandler(RunNotDraft.class)
    String notDraft(RunNotDraft e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "run.notDraft");
        return "redirect:/matching/runs";
    }

    private String form(Model model, RulesFormData form, AcademicYear year) {
        model.addAttribute("form", form);
        model.addAttribute("year", year);
        model.addAttribute("sameOrganisationRules", SameOrganisation.values());
        return FORM;
    }

    private static void requireTerritory(CurrentUser user) {
        if (!user.registryScope().managesTerritory()) {
            throw new AccessDeniedException("Only coordinators of a territory start matching runs");
        }
    }

    /** A pair's explanation in the reader's language, from its stored facts and score components. */
    record Explanations(PairExplanations explanations, Locale locale) {
        public String of(StoredPair pair) {
            return explanations.explain(pair.toPairScore(), locale);
        }
    }

    /** Points in the reader's locale, two decimals. */
    record Points(Locale locale) {
        public String of(long hundredths) {
            return RunWorkbook.points(hundredths, locale);
        }
    }
}
