package ru.masterskaya.practice;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the person looking at a pair should do next, shown on «Мои пары» and at the top of the pair page. */
public enum NextStep {
    FILL_PLAN,
    AGREE_PLAN,
    WAIT_FOR_OTHER_SIDE,
    WAIT_FOR_AGREEMENT,
    FIRST_MEETING,
    CHECK_IN,
    KEEP_JOURNAL,
    GRADE_PRODUCT,
    WAIT_FOR_CONFIRMATION,
    CONFIRM_COMPLETION,
    PAUSED,
    NOTHING;

    static NextStep of(PracticePair pair, @Nullable PairSide side, boolean checkInDue, LocalDate today) {
        return switch (pair.status()) {
            case PROPOSED -> {
                if (side == null) {
                    yield WAIT_FOR_AGREEMENT;
                }
                if (!pair.plan().isComplete()) {
                    yield FILL_PLAN;
                }
                yield pair.agreedAt(side) == null ? AGREE_PLAN : WAIT_FOR_OTHER_SIDE;
            }
            case AGREED -> FIRST_MEETING;
            case ACTIVE -> active(pair, side, checkInDue);
            case PAUSED -> PAUSED;
            case COMPLETED, DECLINED, ENDED_EARLY -> NOTHING;
        };
    }

    private static NextStep active(PracticePair pair, @Nullable PairSide side, boolean checkInDue) {
        // the end of the practice comes before the midpoint check-in a pair may have skipped
        if (side == PairSide.MASTER && pair.product() != null) {
            return pair.gradedAt() == null ? GRADE_PRODUCT : WAIT_FOR_CONFIRMATION;
        }
        if (side == PairSide.PRACTITIONER && pair.gradedAt() != null) {
            return CONFIRM_COMPLETION;
        }
        return checkInDue ? CHECK_IN : KEEP_JOURNAL;
    }

    public String messageKey() {
        return "nextStep." + name();
    }
}
