package ru.masterskaya.practice.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import ru.masterskaya.practice.EntryParameters;
import ru.masterskaya.practice.JournalEntry;
import ru.masterskaya.practice.JournalEntryKind;
import ru.masterskaya.practice.UploadedFile;

/** One journal entry from the short form: a phone, a thumb, under a minute. */
class EntryFormData {

    /** The durations offered as buttons, in minutes. */
    static final List<Integer> DURATIONS = List.of(15, 30, 45, 60, 90, 120);

    @NotNull(message = "{entryForm.kind.required}")
    private @Nullable JournalEntryKind kind = JournalEntryKind.MEETING;

    @NotNull(message = "{entryForm.occurredOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate occurredOn;

    @NotNull(message = "{entryForm.minutes.required}")
    @Min(value = 1, message = "{entryForm.minutes.range}")
    @Max(value = JournalEntry.MAX_MINUTES, message = "{entryForm.minutes.range}")
    private @Nullable Integer minutes = 45;

    @Size(max = 2000, message = "{entryForm.note.size}")
    private @Nullable String note;

    private boolean shared;

    static EntryFormData on(LocalDate today) {
        EntryFormData form = new EntryFormData();
        form.occurredOn = today;
        return form;
    }

    EntryParameters toParameters(List<UploadedFile> files) {
        return new EntryParameters(Objects.requireNonNull(kind), Objects.requireNonNull(occurredOn), Objects.requireNonNull(minutes), note,
                shared, files);
    }

    public @Nullable JournalEntryKind getKind() { return kind; }
    public void setKind(@Nullable JournalEntryKind kind) { this.kind = kind; }
    public @Nullable LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(@Nullable LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public @Nullable Integer getMinutes() { return minutes; }
    public void setMinutes(@Nullable Integer minutes) { this.minutes = minutes; }
    public @Nullable String getNote() { return note; }
    public void setNote(@Nullable String note) { this.note = note; }
    public boolean isShared() { return shared; }
    public void setShared(boolean shared) { this.shared = shared; }
}
