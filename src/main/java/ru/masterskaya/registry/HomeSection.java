package ru.masterskaya.registry;

import java.util.Locale;
import java.util.Optional;
import ru.masterskaya.calendar.AcademicYear;

/**
 * A part of the start page that a capability contributes: what waits for the signed-in person there
 * (their pairs, a self-diagnosis to take, drafts to issue, stalled pairs of their territory). The
 * start page collects every section, so the registry, where it lives, knows none of the others.
 */
public interface HomeSection {

    /** Where the section stands on the page: smaller first. */
    int order();

    /** The panel for this person in this academic year, or nothing when the capability has nothing for them. */
    Optional<HomePanel> panelFor(CurrentUser user, AcademicYear year, Locale locale);
}
