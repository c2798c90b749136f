package ru.masterskaya.practice;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A journal entry as a side writes it: what, when, how long, a short note, whether the coordinator may read it, and files. */
public record EntryParameters(JournalEntryKind kind, LocalDate occurredOn, int minutes, @Nullable String note, boolean shared,
        List<UploadedFile> files) {

    public EntryParameters {
        files = List.copyOf(files);
    }
}
