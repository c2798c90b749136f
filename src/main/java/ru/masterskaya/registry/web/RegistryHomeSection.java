package ru.masterskaya.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.HomePanel;
import ru.masterskaya.registry.HomeSection;

/** The registry's part of the start page: the people and organisations of one's scope, and one's own profile (all a teacher gets here). */
@Component
class RegistryHomeSection implements HomeSection {

    private final MessageSource messages;

    RegistryHomeSection(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<HomePanel> panelFor(CurrentUser user, AcademicYear year, Locale locale) {
        if (user.registryScope().isEmpty()) {
            return Optional.of(new HomePanel("home-registry", text("profile.title", locale),
                    List.of(new HomePanel.Line(text("home.profile.text", locale), null, "/profile", false)), null));
        }
        List<HomePanel.Line> lines = new ArrayList<>();
        lines.add(new HomePanel.Line(text("nav.people", locale), text("home.people.text", locale), "/people", false));
        lines.add(new HomePanel.Line(text("nav.organisations", locale), text("home.organisations.text", locale), "/organisations", false));
        lines.add(new HomePanel.Line(text("profile.title", locale), text("home.profile.text", locale), "/profile", false));
        return Optional.of(new HomePanel("home-registry", text("home.registry.title", locale), lines, null));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
