package ru.masterskaya.practice.web;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A pair the coordinator forms by hand: a practitioner and a master of their scope, and a topic. */
class ManualPairFormData {

    @NotNull(message = "{manualPair.practitioner.required}")
    private @Nullable UUID practitionerId;

    @NotNull(message = "{manualPair.master.required}")
    private @Nullable UUID masterId;

    @NotNull(message = "{manualPair.topic.required}")
    private @Nullable UUID topicId;

    void checkTogether(Errors errors) {
        if (practitionerId != null && practitionerId.equals(masterId)) {
            errors.rejectValue("masterId", "manualPair.master.same");
        }
    }

    public @Nullable UUID getPractitionerId() { return practitionerId; }
    public void setPractitionerId(@Nullable UUID practitionerId) { this.practitionerId = practitionerId; }
    public @Nullable UUID getMasterId() { return masterId; }
    public void setMasterId(@Nullable UUID masterId) { this.masterId = masterId; }
    public @Nullable UUID getTopicId() { return topicId; }
    public void setTopicId(@Nullable UUID topicId) { this.topicId = topicId; }
}
