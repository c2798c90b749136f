package ru.masterskaya.diagnostics.instrument;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.ListIndexBase;
import org.jspecify.annotations.Nullable;

/** One question of an instrument version, tied to a topic (a free-text wish may have none). */
@Entity
@Table(name = "instrument_item")
public class InstrumentItem {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_version_id")
    private InstrumentVersion instrumentVersion;

    private int position;

    private @Nullable UUID topicId;

    @Enumerated(EnumType.STRING)
    private ItemKind kind;

    private String text;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "instrument_item_option", joinColumns = @JoinColumn(name = "item_id"))
    @Fetch(FetchMode.SUBSELECT)
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<ItemOption> options = new ArrayList<>();

    protected InstrumentItem() {}

    InstrumentItem(InstrumentVersion instrumentVersion, int position, ItemDraft draft) {
        this.id = UUID.randomUUID();
        this.instrumentVersion = instrumentVersion;
        this.position = position;
        this.topicId = draft.topicId();
        this.kind = draft.kind();
        this.text = draft.text().strip();
        this.options = new ArrayList<>(draft.options());
    }

    public ItemDraft toDraft() {
        return new ItemDraft(kind, topicId, text, options);
    }

    /** The most this item can earn: the top of the scale, the best option, or all positive options. */
    public int maxScore() {
        return switch (kind) {
            case SELF_RATING -> SelfRatingScale.HIGHEST;
            case SINGLE_CHOICE -> options.stream().mapToInt(ItemOption::getScore).max().orElse(0);
            case MULTIPLE_CHOICE -> options.stream().mapToInt(ItemOption::getScore).filter(score -> score > 0).sum();
            case FREE_TEXT -> 0;
        };
    }

    /** Refuses an answer that this item cannot have been given. */
    public void check(AnswerValue answer) {
        switch (kind) {
            case SELF_RATING -> {
                if (answer.choice().size() != 1 || !SelfRatingScale.isLevel(answer.choice().getFirst())) {
                    throw new InvalidAnswer("answer.invalid.level");
                }
            }
            case SINGLE_CHOICE -> {
                if (answer.choice().size() != 1 || !isOption(answer.choice().getFirst())) {
                    throw new InvalidAnswer("answer.invalid.single");
                }
            }
            case MULTIPLE_CHOICE -> {
                if (answer.choice().isEmpty() || !answer.choice().stream().allMatch(this::isOption)) {
                    throw new InvalidAnswer("answer.invalid.multiple");
                }
            }
            case FREE_TEXT -> {
                if (!answer.choice().isEmpty()) {
                    throw new InvalidAnswer("answer.invalid.text");
                }
                if (answer.text() != null && answer.text().length() > AnswerValue.MAX_TEXT_LENGTH) {
                    throw new InvalidAnswer("answer.invalid.tooLong");
                }
            }
        }
    }

    /** The score of a checked answer. */
    public int scoreOf(AnswerValue answer) {
        return switch (kind) {
            case SELF_RATING -> answer.choice().getFirst();
            case SINGLE_CHOICE -> options.get(answer.choice().getFirst() - 1).getScore();
            case MULTIPLE_CHOICE -> Math.max(0, answer.choice().stream().mapToInt(number -> options.get(number - 1).getScore()).sum());
            case FREE_TEXT -> 0;
        };
    }

    private boolean isOption(int number) {
        return number >= 1 && number <= options.size();
    }

    public UUID getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public @Nullable UUID getTopicId() {
        return topicId;
    }

    public ItemKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    /** Options numbered from 1 in the order shown. */
    public List<ItemOption> getOptions() {
        return List.copyOf(options);
    }
}
