package ru.masterskaya.practice.attention.link;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "pair_link")
class PairLink {

    @Id
    private String tokenHash;

    private UUID pairId;

    private UUID personId;

    private Instant createdAt;

    private Instant expiresAt;

    private @Nullable Instant usedAt;

    protected PairLink() {}

    PairLink(String tokenHash, UUID pairId, UUID personId, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.pairId = pairId;
        this.personId = personId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    PairLinkHolder holder() {
        return new PairLinkHolder(pairId, personId, expiresAt);
    }
}
