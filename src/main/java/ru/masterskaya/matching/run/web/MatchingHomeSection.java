package ru.masterskaya.matching.run.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.matching.offer.MasterOffer;
import ru.masterskaya.matching.offer.MasterOffers;
import ru.masterskaya.matching.offer.OfferStatus;
import ru.masterskaya.matching.run.RunViews;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.HomePanel;
import ru.masterskaya.registry.HomeSection;

/**
 * Matching on the start page: a coordinator sees the year's newest run of their territory (a draft
 * waiting to be published asks for attention); a teacher whom a coordinator proposed as a master sees
 * that their consent is awaited.
 */
@Component
class MatchingHomeSection implements HomeSection {

    private final RunViews runs;
    private final MasterOffers offers;
    private final MessageSource messages;
    private final DateTimeFormatter date;

    MatchingHomeSection(RunViews runs, MasterOffers offers, MessageSource messages, Clock clock) {
        this.runs = runs;
        this.offers = offers;
        this.messages = messages;
        this.date = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(clock.getZone());
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Optional<HomePanel> panelFor(CurrentUser user, AcademicYear year, Locale locale) {
        if (!user.registryScope().isEmpty()) {
            return Optional.of(territory(user, year, locale));
        }
        return offers.own(user.personId(), year).filter(offer -> offer.getStatus() == OfferStatus.PROPOSED)
                .map(offer -> proposal(offer, year, locale));
    }

    private HomePanel proposal(MasterOffer offer, AcademicYear year, Locale locale) {
        return new HomePanel("home-matching", text("home.matching.offer.title", locale),
                List.of(new HomePanel.Line(text("home.matching.offer", locale), text("home.matching.offer.detail", locale, year.label()),
                        "/my/offer", true)), null);
    }

    private HomePanel territory(CurrentUser user, AcademicYear year, Locale locale) {
        HomePanel.Line line = runs.latest(year, user.registryScope()).map(latest -> latest.run().isDraft()
                ? new HomePanel.Line(text("home.matching.draft", locale, date.format(latest.run().startedAt())),
                        text("home.matching.draft.detail", locale, latest.pairs(), latest.run().practitioners()),
                        "/matching/runs/" + latest.run().id(), user.registryScope().managesTerritory())
                : new HomePanel.Line(text("home.matching.published", locale, latest.run().publishedAt() == null ? ""
                        : date.format(latest.run().publishedAt()), latest.pairs()), null, "/matching/runs/" + latest.run().id(), false))
                .orElseGet(() -> new HomePanel.Line(text("home.matching.none", locale), null, "/matching/runs", false));
        return new HomePanel("home-matching", text("home.matching.title", locale, year.label()), List.of(line),
                new HomePanel.Link(text("home.matching.open", locale), "/matching/runs"));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
