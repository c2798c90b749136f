package ru.masterskaya.diagnostics.instrument.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;

/** A line of the version history, with its moments written ДД.ММ.ГГГГ ЧЧ:ММ in the service's time zone. */
record VersionView(InstrumentVersion version, String created, @Nullable String frozenSince) {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    static VersionView of(InstrumentVersion version, Clock clock) {
        return new VersionView(version, format(version.getCreatedAt(), clock), version.getFrozenAt() == null ? null : format(version.getFrozenAt(), clock));
    }

    private static String format(Instant moment, Clock clock) {
        return MOMENT.format(moment.atZone(clock.getZone()));
    }
}
