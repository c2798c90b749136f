package ru.masterskaya.practice.board.web;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.calendar.SelectedAcademicYear;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicFilter;
import ru.masterskaya.practice.PairStatus;
import ru.masterskaya.practice.attention.PairHealth;
import ru.masterskaya.practice.board.BoardFilter;
import ru.masterskaya.practice.board.BoardWorkbook;
import ru.masterskaya.practice.board.PracticeBoard;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.RegistryScope;

/**
 * The coordinator's board of the selected year: institution coordinators see the pairs where either
 * side works in their organisation, coordinators those of their territory. Filters refresh the
 * results by htmx; the export writes what the filters found.
 */
@Controller
class BoardController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PracticeBoard board;
    private final BoardWorkbook workbook;
    private final SelectedAcademicYear selectedYear;
    private final TopicCatalogue topics;
    private final OrganisationManagement organisations;
    private final Clock clock;

    BoardController(PracticeBoard board, BoardWorkbook workbook, SelectedAcademicYear selectedYear, TopicCatalogue topics,
            OrganisationManagement organisations, Clock clock) {
        this.board = board;
        this.workbook = workbook;
        this.selectedYear = selectedYear;
        this.topics = topics;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/practice/board")
    String show(@AuthenticationPrincipal CurrentUser user, HttpSession session,
            @RequestParam(required = false) @Nullable UUID organisationId,
            @RequestParam(required = false) @Nullable String organisationType,
            @RequestParam(required = false) @Nullable UUID topicId,
            @RequestParam(required = false) @Nullable UUID masterId,
            @RequestParam(required = false) @Nullable String master,
            @RequestParam(required = false) @Nullable PairStatus status,
            @RequestParam(required = false) @Nullable PairHealth health,
            @RequestParam(defaultValue = "false") boolean attention,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        AcademicYear year = selectedYear.of(session);
        RegistryScope scope = user.registryScope();
        BoardFilter filter = new BoardFilter(organisationId, blankToNull(organisationType), topicId, masterId, blankToNull(master), status, health, attention);
        model.addAttribute("year", year);
        model.addAttribute("filter", filter);
        model.addAttribute("board", board.page(year, scope, filter, page));
        if (htmx != null) {
            return "practice/board :: results";
        }
        model.addAttribute("organisations", board.organisationChoices(year, scope));
        model.addAttribute("organisationTypes", organisations.activeTypes());
        model.addAttribute("topics", topics.list(TopicFilter.ACTIVE));
        model.addAttribute("statuses", PairStatus.values());
        model.addAttribute("healths", PairHealth.values());
        return "practice/board";
    }

    @GetMapping("/practice/board/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, HttpSession session, Locale locale,
            @RequestParam(required = false) @Nullable UUID organisationId,
            @RequestParam(required = false) @Nullable String organisationType,
            @RequestParam(required = false) @Nullable UUID topicId,
            @RequestParam(required = false) @Nullable UUID masterId,
            @RequestParam(required = false) @Nullable String master,
            @RequestParam(required = false) @Nullable PairStatus status,
            @RequestParam(required = false) @Nullable PairHealth health,
            @RequestParam(defaultValue = "false") boolean attention) {
        AcademicYear year = selectedYear.of(session);
        RegistryScope scope = user.registryScope();
        BoardFilter filter = new BoardFilter(organisationId, blankToNull(organisationType), topicId, masterId, blankToNull(master), status, health, attention);
        byte[] file = workbook.write(year, board.funnel(year, scope, filter), board.all(year, scope, filter), locale);
        String name = "practice-board-" + LocalDate.now(clock) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                        + UriUtils.encode(name, StandardCharsets.UTF_8))
                .body(file);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
