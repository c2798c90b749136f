package ru.masterskaya.practice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One record of the pair's work by either side: what happened, when, for how long, and a short note.
 * The other side always reads the note; the coordinator sees that the entry exists and when, and its
 * note only if the author shared it.
 */
@Entity
@Table(name = "practice_journal_entry")
public class JournalEntry {

    public static final int MAX_MINUTES = 12 * 60;

    @Id
    private UUID id;

    private UUID pairId;

    private UUID authorId;

    @Enumerated(EnumType.STRING)
    private PairSide authorSide;

    @Enumerated(EnumType.STRING)
    private JournalEntryKind kind;

    private LocalDate occurredOn;

    private int minutes;

    private @Nullable String note;

    private boolean shared;

    private Instant createdAt;

    protected JournalEntry() {}

    public JournalEntry(PracticePair pair, UUID authorId, JournalEntryKind kind, LocalDate occurredOn, int minutes,
            @Nullable String note, boolean shared, Instant now) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes out of range: " + minutes);
        }
        this.id = UUID.randomUUID();
        this.pairId = pair.getId();
        this.authorId = authorId;
        this.authorSide = pair.requireSide(authorId);
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.minutes = minutes;
        this.note = note;
        this.shared = shared;
        this.createdAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID pairId() {
        return pairId;
    }

    public UUID authorId() {
        return authorId;
    }

    public PairSide authorSide() {
        return authorSide;
    }

    public JournalEntryKind kind() {
        return kind;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public int minutes() {
        return minutes;
    }

    public @Nullable String note() {
        return note;
    }

    public boolean shared() {
        return shared;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
