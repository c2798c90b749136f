package ru.masterskaya.diagnostics.needs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ru.masterskaya.diagnostics.scoring.Percent;

/**
 * Who took part: invited and finished people overall, per organisation type and per organisation,
 * and warnings about the types that lag behind.
 *
 * <p>The warning rule: an organisation type with at least {@value #MIN_INVITEES} invitees whose
 * participation is below half of the overall rate, or {@value #LAG_POINTS} or more percentage points
 * below it. Smaller groups are left out because two people who did not answer would make a third of
 * a group of six look alarming; the absolute gap catches a type at 50 % when the average is 80 %.
 */
public record Participation(int invited, int finished, List<GroupParticipation> byType, List<GroupParticipation> byOrganisation,
        List<ParticipationWarning> warnings) {

    static final int MIN_INVITEES = 5;
    static final int LAG_POINTS = 25;

    public int percent() {
        return invited == 0 ? 0 : Percent.of(finished, invited);
    }

    /** Builds the participation with its warnings from the groups' counts. */
    public static Participation of(List<GroupParticipation> byType, List<GroupParticipation> byOrganisation) {
        int invited = byType.stream().mapToInt(GroupParticipation::invited).sum();
        int finished = byType.stream().mapToInt(GroupParticipation::finished).sum();
        List<ParticipationWarning> warnings = new ArrayList<>();
        for (GroupParticipation type : byType) {
            if (lagsBehind(type.invited(), type.finished(), invited, finished)) {
                warnings.add(new ParticipationWarning(type.name(), type.percent(), invited == 0 ? 0 : Percent.of(finished, invited)));
            }
        }
        warnings.sort(Comparator.comparingInt(ParticipationWarning::percent));
        return new Participation(invited, finished, List.copyOf(byType), List.copyOf(byOrganisation), List.copyOf(warnings));
    }

    /** The warning rule, in exact fractions so that rounding never decides it. */
    static boolean lagsBehind(int groupInvited, int groupFinished, int allInvited, int allFinished) {
        if (groupInvited < MIN_INVITEES || allInvited == 0) {
            return false;
        }
        double group = (double) groupFinished / groupInvited;
        double overall = (double) allFinished / allInvited;
        return group < overall / 2 || (overall - group) * 100 >= LAG_POINTS;
    }
}
