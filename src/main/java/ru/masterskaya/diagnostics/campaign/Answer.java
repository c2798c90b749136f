package ru.masterskaya.diagnostics.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;
import ru.masterskaya.diagnostics.instrument.AnswerValue;

/** The raw answer to one item, kept as given so that a later diagnosis can be compared with it. */
@Entity
@Table(name = "diagnosis_answer")
@IdClass(Answer.Key.class)
public class Answer implements Persistable<Answer.Key> {

    /** The composite key: the response and the item. */
    public static class Key implements Serializable {

        private UUID responseId;
        private UUID itemId;

        protected Key() {}

        public Key(UUID responseId, UUID itemId) {
            this.responseId = responseId;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.responseId.equals(responseId) && key.itemId.equals(itemId);
        }

        @Override
        public int hashCode() {
            return 31 * responseId.hashCode() + itemId.hashCode();
        }
    }


    @Id
    private UUID responseId;

    @Id
    private UUID itemId;

    private @Nullable String choice;

    private @Nullable String text;

    private Instant answeredAt;

    @jakarta.persistence.Transient
    private boolean fresh;

    protected Answer() {}

    Answer(UUID responseId, UUID itemId, AnswerValue value, Instant now) {
        this.responseId = responseId;
        this.itemId = itemId;
        this.fresh = true;
        change(value, now);
    }

    void change(AnswerValue value, Instant now) {
        this.choice = value.choiceText();
        this.text = value.text();
        this.answeredAt = now;
    }

    public AnswerValue value() {
        return AnswerValue.stored(choice, text);
    }

    @Override
    public Key getId() {
        return new Key(responseId, itemId);
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @jakarta.persistence.PostLoad
    @jakarta.persistence.PostPersist
    void stored() {
        this.fresh = false;
    }

    public UUID getResponseId() {
        return responseId;
    }

    public UUID getItemId() {
        return itemId;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
