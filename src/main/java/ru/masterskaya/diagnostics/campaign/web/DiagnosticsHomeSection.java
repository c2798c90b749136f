package ru.masterskaya.diagnostics.campaign.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.OwnSelfDiagnosis;
import ru.masterskaya.diagnostics.campaign.Profiles;
import ru.masterskaya.diagnostics.campaign.ResponseCounts;
import ru.masterskaya.diagnostics.campaign.ResponseStatus;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.HomePanel;
import ru.masterskaya.registry.HomeSection;
import ru.masterskaya.registry.RegistryScope;

/**
 * Self-diagnosis on the start page: a teacher sees a campaign still open for them (which asks for
 * attention, with its closing date) and the profiles they finished this year; a coordinator (and
 * руководство, who read campaign reports) sees the open campaigns of their scope with how many
 * finished of those invited.
 */
@Component
class DiagnosticsHomeSection implements HomeSection {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Profiles profiles;
    private final Campaigns campaigns;
    private final MessageSource messages;
    private final Clock clock;

    DiagnosticsHomeSection(Profiles profiles, Campaigns campaigns, MessageSource messages, Clock clock) {
        this.profiles = profiles;
        this.campaigns = campaigns;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<HomePanel> panelFor(CurrentUser user, AcademicYear year, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        if (!user.readingScope().isEmpty()) {
            return territory(user.readingScope(), year, today, locale);
        }
        List<HomePanel.Line> lines = new ArrayList<>();
        for (OwnSelfDiagnosis own : profiles.ownSelfDiagnoses(user.personId())) {
            Campaign campaign = own.campaign();
            boolean finished = own.response().status() == ResponseStatus.FINISHED;
            if (!finished && campaign.isOpenOn(today) && !own.response().isRevoked()) {
                lines.add(new HomePanel.Line(text("home.diagnostics.open", locale, campaign.getTitle()),
                        text("home.diagnostics.open.detail", locale, DATE.format(campaign.getClosesOn())), "/my/diagnostics", true));
            } else if (finished && campaign.getAcademicYear() == year.startYear()) {
                lines.add(new HomePanel.Line(text("home.diagnostics.finished", locale, campaign.getTitle()), null,
                        "/my/diagnostics/" + own.response().getId(), false));
            }
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(new HomePanel("home-diagnostics", text("home.diagnostics.title", locale), lines,
                new HomePanel.Link(text("home.diagnostics.mine", locale), "/my/diagnostics")));
    }

    private Optional<HomePanel> territory(RegistryScope scope, AcademicYear year, LocalDate today, Locale locale) {
        List<HomePanel.Line> lines = new ArrayList<>();
        for (Campaign campaign : campaigns.visibleTo(scope, year)) {
            if (campaign.isOpenOn(today)) {
                ResponseCounts counts = campaigns.counts(campaign, scope);
                lines.add(new HomePanel.Line(text("home.diagnostics.campaign", locale, campaign.getTitle()),
                        text("home.diagnostics.campaign.detail", locale, counts.finished(), counts.invited(), DATE.format(campaign.getClosesOn())),
                        "/campaigns/" + campaign.getId(), false));
            }
        }
        if (lines.isEmpty()) {
            lines.add(new HomePanel.Line(text("home.diagnostics.noneOpen", locale), null, null, false));
        }
        return Optional.of(new HomePanel("home-diagnostics", text("home.diagnostics.territory", locale, year.label()), lines,
                new HomePanel.Link(text("home.diagnostics.campaigns", locale), "/campaigns")));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
