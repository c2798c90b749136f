package ru.masterskaya.diagnostics.campaign.invitation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.campaign.ResponseStatus;

/** One invitee as the campaign page and the links workbook show them. */
public record InviteeRow(
        UUID responseId,
        String name,
        String position,
        String email,
        UUID organisationId,
        String organisationName,
        String typeCode,
        String typeName,
        ResponseStatus status,
        @Nullable Instant invitationSentAt,
        int remindersSent,
        boolean revoked,
        String link,
        String searchKey) {

    public boolean isFinished() {
        return status == ResponseStatus.FINISHED;
    }

    public boolean isStarted() {
        return status != ResponseStatus.INVITED;
    }
}
