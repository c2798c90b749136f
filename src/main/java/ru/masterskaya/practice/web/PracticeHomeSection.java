package ru.masterskaya.practice.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.practice.NextStep;
import ru.masterskaya.practice.PairRow;
import ru.masterskaya.practice.PairSide;
import ru.masterskaya.practice.PairViews;
import ru.masterskaya.practice.board.BoardFilter;
import ru.masterskaya.practice.board.Funnel;
import ru.masterskaya.practice.board.PracticeBoard;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.HomePanel;
import ru.masterskaya.registry.HomeSection;

/**
 * Practice on the start page: a side sees each pair still under way with what to do next (the steps
 * that wait for them ask for attention); a coordinator sees the year's funnel of their scope and the
 * stalled pairs and those needing a check, each a click from the board filtered to them.
 */
@Component
class PracticeHomeSection implements HomeSection {

    /** The steps that wait for the person themselves, not for the other side. */
    private static final Set<NextStep> ACTIONS = EnumSet.of(NextStep.FILL_PLAN, NextStep.AGREE_PLAN, NextStep.FIRST_MEETING, NextStep.CHECK_IN,
            NextStep.GRADE_PRODUCT, NextStep.CONFIRM_COMPLETION);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PairViews views;
    private final PracticeBoard board;
    private final MessageSource messages;

    PracticeHomeSection(PairViews views, PracticeBoard board, MessageSource messages) {
        this.views = views;
        this.board = board;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<HomePanel> panelFor(CurrentUser user, AcademicYear year, Locale locale) {
        if (!user.registryScope().isEmpty()) {
            return Optional.of(territory(user, year, locale));
        }
        List<PairRow> underWay = views.own(user.personId().value(), year).stream().filter(row -> row.nextStep() != NextStep.NOTHING).toList();
        if (underWay.isEmpty()) {
            return Optional.empty();
        }
        List<HomePanel.Line> lines = underWay.stream().map(row -> new HomePanel.Line(
                text(row.ownSide() == PairSide.MASTER ? "home.pairs.practitioner" : "home.pairs.master", locale, row.other().fullName(),
                        row.topicName()),
                text(row.nextStep().messageKey(), locale, row.pair().pausedUntil() == null ? "" : DATE.format(row.pair().pausedUntil())),
                "/pairs/" + row.pair().getId(), ACTIONS.contains(row.nextStep()))).toList();
        return Optional.of(new HomePanel("home-pairs", text("home.pairs.title", locale), lines,
                new HomePanel.Link(text("home.pairs.all", locale), "/my/pairs")));
    }

    private HomePanel territory(CurrentUser user, AcademicYear year, Locale locale) {
        Funnel funnel = board.funnel(year, user.registryScope(), BoardFilter.NONE);
        List<HomePanel.Line> lines = new ArrayList<>();
        if (funnel.formed() == 0) {
            lines.add(new HomePanel.Line(text("home.board.none", locale), null, null, false));
        } else {
            lines.add(new HomePanel.Line(text("home.board.funnel", locale, funnel.formed(), funnel.agreed(), funnel.active(), funnel.completed()),
                    text("home.board.ended", locale, funnel.endedEarly(), funnel.declined()), "/practice/board", false));
        }
        if (funnel.stalled() > 0) {
            lines.add(new HomePanel.Line(text("home.board.stalled", locale, funnel.stalled()), null, "/practice/board?health=STALLED", true));
        }
        if (funnel.needsCheck() > 0) {
            lines.add(new HomePanel.Line(text("home.board.needsCheck", locale, funnel.needsCheck()), null, "/practice/board?health=NEEDS_CHECK",
                    true));
        }
        return new HomePanel("home-board", text("home.board.title", locale, year.label()), lines,
                new HomePanel.Link(text("home.board.open", locale), "/practice/board"));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
