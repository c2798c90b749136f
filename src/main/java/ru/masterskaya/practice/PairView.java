package ru.masterskaya.practice;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A pair as one person may see it: the other side's private notes and files are left out for
 * everyone but the sides, unless the author shared the entry.
 */
public record PairView(
        PracticePair pair,
        Party practitioner,
        Party master,
        String topicName,
        @Nullable PairSide viewerSide,
        boolean viewerCoordinates,
        List<Entry> entries,
        List<CheckIn> checkIns,
        boolean checkInOpen,
        boolean viewerCheckInDue,
        @Nullable String endReasonName,
        @Nullable FileLink productFile,
        @Nullable String mentoringFormName,
        @Nullable String mentoringKindName,
        @Nullable GradeLevel gradeLevel,
        NextStep nextStep) {

    public record Party(UUID personId, String fullName, String shortName, String organisationName) {}

    /** An entry; {@code noteVisible} is false for a coordinator reading an entry its author did not share. */
    public record Entry(JournalEntry entry, String authorName, boolean noteVisible, List<FileLink> files) {

        public @Nullable String note() {
            return noteVisible ? entry.note() : null;
        }
    }

    public record FileLink(UUID id, String fileName, long size) {

        /** The size in kilobytes, at least 1, as the pages show it. */
        public long kilobytes() {
            return Math.max(1, Math.round(size / 1024.0));
        }
    }

    public boolean isSide() {
        return viewerSide != null;
    }

    public boolean isMaster() {
        return viewerSide == PairSide.MASTER;
    }

    public boolean isPractitioner() {
        return viewerSide == PairSide.PRACTITIONER;
    }

    /** Whether the viewer may change the plan, pause, resume or end the pair: a side or its coordinator. */
    public boolean canManage() {
        return viewerSide != null || viewerCoordinates;
    }

    public @Nullable CheckIn checkInOf(PairSide side) {
        return checkIns.stream().filter(answer -> answer.side() == side).findFirst().orElse(null);
    }
}
