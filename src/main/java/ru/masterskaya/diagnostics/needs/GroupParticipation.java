package ru.masterskaya.diagnostics.needs;

import ru.masterskaya.diagnostics.scoring.Percent;

/**
 * Invited and finished people of one organisation type or organisation; {@code key} is the type code
 * or the organisation id, {@code typeName} the name of the type (of the organisation's type).
 */
public record GroupParticipation(String key, String name, String typeName, int invited, int finished) {

    /** The share of invitees who finished, in whole percent; a group with no invitees has none. */
    public int percent() {
        return invited == 0 ? 0 : Percent.of(finished, invited);
    }
}
