package ru.masterskaya.diagnostics.instrument.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.diagnostics.web.XlsxDownload;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicFilter;
import ru.masterskaya.diagnostics.instrument.Instrument;
import ru.masterskaya.diagnostics.instrument.InstrumentNotFoundException;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.diagnostics.instrument.xlsx.InstrumentExport;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Role;

/**
 * The instruments of self-diagnosis: a list, a new empty instrument, one instrument with its
 * versions, and a version as XLSX. Deputies read; administrators and coordinators change.
 */
@Controller
class InstrumentController {

    private final Instruments instruments;
    private final TopicCatalogue catalogue;
    private final InstrumentExport export;
    private final Clock clock;

    InstrumentController(Instruments instruments, TopicCatalogue catalogue, InstrumentExport export, Clock clock) {
        this.instruments = instruments;
        this.catalogue = catalogue;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/instruments")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<InstrumentRow> rows = instruments.list().stream()
                .map(instrument -> InstrumentRow.of(instrument, instruments.latestVersion(instrument.getId())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("canEdit", canEdit(user));
        return "diagnostics/instruments/list";
    }

    @GetMapping("/instruments/new")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
    String newInstrument(Model model) {
        model.addAttribute("instrument", new InstrumentFormData());
        return "diagnostics/instruments/form";
    }

    @PostMapping("/instruments/new")
    String create(@Valid @ModelAttribute("instrument") InstrumentFormData form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "diagnostics/instruments/form";
        }
        InstrumentVersion version = instruments.create(Objects.requireNonNull(form.getTitle()), form.getDescription(), List.of());
        redirect.addFlashAttribute("message", "instrument.created");
        return "redirect:/instruments/" + version.getInstrument().getId();
    }

    @GetMapping("/instruments/{id}")
    String latest(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return show(instruments.get(id), instruments.latestVersion(id), user, model);
    }

    @GetMapping("/instruments/{id}/versions/{number}")
    String version(@PathVariable UUID id, @PathVariable int number, @AuthenticationPrincipal CurrentUser user, Model model) {
        return show(instruments.get(id), versionOf(id, number), user, model);
    }

    @GetMapping("/instruments/{id}/versions/{number}/export")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable int number) {
        Instrument instrument = instruments.get(id);
        InstrumentVersion version = versionOf(id, number);
        String fileName = instrument.getTitle().replaceAll("[\\\\/:*?\"<>|]", "_") + " - версия " + number + ".xlsx";
        return XlsxDownload.attachment(fileName, export.write(version));
    }

    private String show(Instrument instrument, InstrumentVersion version, CurrentUser user, Model model) {
        InstrumentVersion latest = instruments.latestVersion(instrument.getId());
        Map<UUID, Topic> topics = catalogue.list(TopicFilter.ALL).stream().collect(Collectors.toMap(Topic::getId, Function.identity()));
        model.addAttribute("instrument", instrument);
        model.addAttribute("shown", version);
        model.addAttribute("isLatest", version.getId().equals(latest.getId()));
        model.addAttribute("latest", latest);
        model.addAttribute("groups", ItemGroup.of(version.getItems(), topics));
        model.addAttribute("versions", instruments.versionsOf(instrument.getId()).stream().map(v -> VersionView.of(v, clock)).toList());
        model.addAttribute("canEdit", canEdit(user));
        return "diagnostics/instruments/detail";
    }

    private InstrumentVersion versionOf(UUID instrumentId, int number) {
        return instruments.versionsOf(instrumentId).stream().filter(version -> version.getNumber() == number).findFirst()
                .orElseThrow(() -> new InstrumentNotFoundException(instrumentId + " version " + number));
    }

    static boolean canEdit(CurrentUser user) {
        return user.hasRole(Role.ADMINISTRATOR) || user.hasRole(Role.COORDINATOR);
    }
}
