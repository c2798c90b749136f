package ru.masterskaya.diagnostics.campaign.invitation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How far the invitees got, overall and by group: invited, started (including those who finished)
 * and finished, with the share of those who finished.
 */
public record Progress(String label, int invited, int started, int finished) {

    public static Progress of(String label, List<InviteeRow> rows) {
        return new Progress(label, rows.size(), (int) rows.stream().filter(InviteeRow::isStarted).count(),
                (int) rows.stream().filter(InviteeRow::isFinished).count());
    }

    /** One line per group, in the order the rows come (they are sorted by organisation). */
    public static List<Progress> by(Function<InviteeRow, String> group, List<InviteeRow> rows) {
        Map<String, List<InviteeRow>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(group.apply(row), key -> new java.util.ArrayList<>()).add(row));
        return groups.entrySet().stream().map(entry -> of(entry.getKey(), entry.getValue())).toList();
    }

    public int percentFinished() {
        return invited == 0 ? 0 : Math.round(100f * finished / invited);
    }
}
