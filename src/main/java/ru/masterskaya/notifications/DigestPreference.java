package ru.masterskaya.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person's chosen digest frequency; a person without a row gets the default. */
@Entity
@Table(name = "digest_preference")
class DigestPreference {

    @Id
    private UUID personId;

    @Enumerated(EnumType.STRING)
    private DigestFrequency frequency;

    private Instant changedAt;

    protected DigestPreference() {}

    DigestPreference(UUID personId, DigestFrequency frequency, Instant now) {
        this.personId = personId;
        this.frequency = frequency;
        this.changedAt = now;
    }

    void change(DigestFrequency newFrequency, Instant now) {
        frequency = newFrequency;
        changedAt = now;
    }

    UUID getPersonId() {
        return personId;
    }

    DigestFrequency getFrequency() {
        return frequency;
    }
}
