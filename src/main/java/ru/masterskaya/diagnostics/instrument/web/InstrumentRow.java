package ru.masterskaya.diagnostics.instrument.web;

import java.util.Objects;
import ru.masterskaya.diagnostics.instrument.Instrument;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;

/** An instrument in the list, described by its latest version. */
record InstrumentRow(Instrument instrument, int latestNumber, int itemCount, int topicCount, boolean frozen) {

    static InstrumentRow of(Instrument instrument, InstrumentVersion latest) {
        int topics = (int) latest.getItems().stream().map(InstrumentItem::getTopicId).filter(Objects::nonNull).distinct().count();
        return new InstrumentRow(instrument, latest.getNumber(), latest.getItems().size(), topics, latest.isFrozen());
    }
}
