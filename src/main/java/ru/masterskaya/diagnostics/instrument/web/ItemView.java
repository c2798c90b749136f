package ru.masterskaya.diagnostics.instrument.web;

import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;

/** An item with its topic, as the instrument page lists it. */
record ItemView(InstrumentItem item, @Nullable Topic topic) {}
