package ru.masterskaya.practice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One side's answer to the midpoint check-in: how the work goes (1–4) and whether help is needed. */
@Entity
@Table(name = "practice_check_in")
public class CheckIn {

    @Id
    private UUID id;

    private UUID pairId;

    @Enumerated(EnumType.STRING)
    private PairSide side;

    private int progress;

    private boolean needsHelp;

    private @Nullable String comment;

    private Instant answeredAt;

    protected CheckIn() {}

    public CheckIn(UUID pairId, PairSide side, int progress, boolean needsHelp, @Nullable String comment, Instant now) {
        this.id = UUID.randomUUID();
        this.pairId = pairId;
        this.side = side;
        this.progress = progress;
        this.needsHelp = needsHelp;
        this.comment = comment;
        this.answeredAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID pairId() {
        return pairId;
    }

    public PairSide side() {
        return side;
    }

    public int progress() {
        return progress;
    }

    public boolean needsHelp() {
        return needsHelp;
    }

    public @Nullable String comment() {
        return comment;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public boolean isLow() {
        return progress <= PracticePair.LOW_CHECK_IN || needsHelp;
    }
}
