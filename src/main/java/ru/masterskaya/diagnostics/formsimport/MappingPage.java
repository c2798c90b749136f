package ru.masterskaya.diagnostics.formsimport;

import java.util.List;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.scoring.SheetTopic;

/** What the mapping page shows: the file's columns, the items and topics to map, and the guessed mapping. */
public record MappingPage(
        Campaign campaign, String fileName, List<String> columns, List<InstrumentItem> items, List<SheetTopic> topics,
        ColumnMapping suggested, int rows) {}
