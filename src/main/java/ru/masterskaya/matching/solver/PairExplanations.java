package ru.masterskaya.matching.solver;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * Says in plain words why a pair was made, from its facts and score components, with the phrases of
 * the {@code matching} bundle. Given the message source and topic names by the caller, so the solver
 * itself stays free of Spring beans.
 */
public final class PairExplanations {

    private final MessageSource messages;
    private final Function<UUID, String> topicNames;

    public PairExplanations(MessageSource messages, Function<UUID, String> topicNames) {
        this.messages = messages;
        this.topicNames = topicNames;
    }

    /** «Мастер силён в теме «…» (92 %), у практиканта высокий дефицит (45 %), …; разные организации …». */
    public String explain(PairScore pair, Locale locale) {
        List<String> reasons = new ArrayList<>();
        reasons.add(text("matching.explain.strength", locale, topicNames.apply(pair.topicId()), pair.strength()));
        reasons.add(text("matching.explain.need." + pair.needLevel().name(), locale, pair.needPercent()));
        if (pair.has(ComponentKind.PRIORITY_TOPIC)) {
            reasons.add(text("matching.explain.priority", locale));
        }
        List<String> circumstances = new ArrayList<>();
        circumstances.add(text(placeKey(pair), locale));
        if (pair.has(ComponentKind.SAME_ORGANISATION_PENALTY)) {
            circumstances.add(text("matching.explain.penalty.sameOrganisation", locale));
        }
        Format preferred = pair.preferredFormat();
        if (preferred != null && (pair.has(ComponentKind.FORMAT_MATCH) || pair.has(ComponentKind.FORMAT_MISMATCH))) {
            String key = pair.has(ComponentKind.FORMAT_MATCH) ? "matching.explain.format.match" : "matching.explain.format.mismatch";
            circumstances.add(text(key, locale, text(preferred.messageKey(), locale)));
        }
        if (pair.has(ComponentKind.CATEGORY)) {
            circumstances.add(text("matching.explain.category", locale));
        }
        if (pair.has(ComponentKind.COVERAGE_PRIORITY)) {
            circumstances.add(text("matching.explain.coverage", locale));
        }
        if (pair.locked()) {
            circumstances.add(text("matching.explain.locked", locale));
        }
        return String.join(", ", reasons) + "; " + String.join("; ", circumstances);
    }

    /** A component as shown in the score table: its name and its points, e.g. «Глубина дефицита: 55,00». */
    public String describe(ScoreComponent component, Locale locale) {
        return text(component.kind().messageKey(), locale) + ": " + points(component.points(), locale);
    }

    /** Points kept in hundredths, shown with two decimals in the reader's locale. */
    public static String points(long hundredths, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(hundredths, 2));
    }

    private static String placeKey(PairScore pair) {
        if (pair.sameOrganisation()) {
            return "matching.explain.place.sameOrganisation";
        }
        return pair.sameMunicipality() ? "matching.explain.place.sameMunicipality" : "matching.explain.place.otherMunicipality";
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
