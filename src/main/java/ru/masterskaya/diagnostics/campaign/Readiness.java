package ru.masterskaya.diagnostics.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** The respondent said they are ready to be a master on this topic. */
@Entity
@Table(name = "diagnosis_readiness")
@IdClass(Readiness.Key.class)
public class Readiness implements Persistable<Readiness.Key> {

    /** The composite key: the response and the topic. */
    public static class Key implements Serializable {

        private UUID responseId;
        private UUID topicId;

        protected Key() {}

        public Key(UUID responseId, UUID topicId) {
            this.responseId = responseId;
            this.topicId = topicId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.responseId.equals(responseId) && key.topicId.equals(topicId);
        }

        @Override
        public int hashCode() {
            return 31 * responseId.hashCode() + topicId.hashCode();
        }
    }


    @Id
    private UUID responseId;

    @Id
    private UUID topicId;

    /** New until stored or loaded: a tick that was always "new" could never be deleted through the repository. */
    @jakarta.persistence.Transient
    private boolean fresh;

    protected Readiness() {}

    Readiness(UUID responseId, UUID topicId) {
        this.responseId = responseId;
        this.topicId = topicId;
        this.fresh = true;
    }

    @jakarta.persistence.PostLoad
    @jakarta.persistence.PostPersist
    void stored() {
        this.fresh = false;
    }

    @Override
    public Key getId() {
        return new Key(responseId, topicId);
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    public UUID getResponseId() {
        return responseId;
    }

    public UUID getTopicId() {
        return topicId;
    }
}
