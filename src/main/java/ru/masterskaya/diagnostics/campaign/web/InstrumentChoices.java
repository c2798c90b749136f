package ru.masterskaya.diagnostics.campaign.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.masterskaya.diagnostics.instrument.Instrument;
import ru.masterskaya.diagnostics.instrument.Instruments;

/** Instrument versions by the instrument's title and the version's number, as forms and cards name them. */
@Component
class InstrumentChoices {

    record Choice(UUID versionId, String title, int number) {}

    private final Instruments instruments;

    InstrumentChoices(Instruments instruments) {
        this.instruments = instruments;
    }

    /** The latest version of every instrument: what a new campaign may use. */
    List<Choice> latest() {
        return instruments.list().stream().map(instrument -> {
            var version = instruments.latestVersion(instrument.getId());
            return new Choice(version.getId(), instrument.getTitle(), version.getNumber());
        }).toList();
    }

    Optional<Choice> find(UUID versionId) {
        for (Instrument instrument : instruments.list()) {
            for (var version : instruments.versionsOf(instrument.getId())) {
                if (version.getId().equals(versionId)) {
                    return Optional.of(new Choice(versionId, instrument.getTitle(), version.getNumber()));
                }
            }
        }
        return Optional.empty();
    }
}
