package ru.masterskaya.registry.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/** A one-time link of an account, stored as the SHA-256 hash of the token that was e-mailed. */
@Entity
@Table(name = "account_token")
class AccountToken implements Persistable<String> {

    @Id
    private String tokenHash;

    @Transient
    private boolean fresh = true;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;

    private Instant createdAt;

    private Instant expiresAt;

    private @Nullable Instant usedAt;

    protected AccountToken() {}

    AccountToken(String tokenHash, Account account, TokenPurpose purpose, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.account = account;
        this.purpose = purpose;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isUsableAt(Instant now, TokenPurpose expected) {
        return purpose == expected && usedAt == null && expiresAt.isAfter(now) && account.isEnabled();
    }

    void use(Instant now) {
        usedAt = now;
    }

    Account getAccount() {
        return account;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    @Override
    public String getId() {
        return tokenHash;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        fresh = false;
    }
}
