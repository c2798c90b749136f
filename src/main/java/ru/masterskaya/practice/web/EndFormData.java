package ru.masterskaya.practice.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.practice.EndParameters;

/** A reason from the list and free text: to decline a proposed pair or to end a working one early. */
class EndFormData {

    @NotNull(message = "{endForm.reason.required}")
    private @Nullable UUID reasonId;

    @Size(max = 2000, message = "{endForm.note.size}")
    private @Nullable String note;

    EndParameters toParameters() {
        return new EndParameters(reasonId, note);
    }

    public @Nullable UUID getReasonId() { return reasonId; }
    public void setReasonId(@Nullable UUID reasonId) { this.reasonId = reasonId; }
    public @Nullable String getNote() { return note; }
    public void setNote(@Nullable String note) { this.note = note; }
}
