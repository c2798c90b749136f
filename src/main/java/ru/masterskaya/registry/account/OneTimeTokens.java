package ru.masterskaya.registry.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and redeems the tokens of e-mailed links. Only a hash is stored, so a copy of the
 * database does not let anyone set a password; a new link of one purpose replaces the older ones.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class OneTimeTokens {

    private static final int TOKEN_BYTES = 32;
    private static final int MAX_TOKEN_LENGTH = 100;

    private final SecureRandom random = new SecureRandom();
    private final AccountTokenRepository tokens;
    private final Clock clock;

    OneTimeTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    IssuedToken issue(Account account, TokenPurpose purpose, Duration validity) {
        tokens.deleteByAccountAndPurpose(account, purpose);
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        AccountToken stored = tokens.save(new AccountToken(hash(token), account, purpose, now, now.plus(validity)));
        return new IssuedToken(token, stored.getExpiresAt());
    }

    /** Whether a link of this purpose was sent to the account within the interval. */
    boolean issuedWithin(Account account, TokenPurpose purpose, Duration interval) {
        return tokens.existsByAccountAndPurposeAndCreatedAtAfter(account, purpose, clock.instant().minus(interval));
    }

    /** The account the link belongs to, while the link still works. */
    Optional<Account> peek(String token, TokenPurpose purpose) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return tokens.findById(hash(token))
                .filter(stored -> stored.isUsableAt(clock.instant(), purpose))
                .map(AccountToken::getAccount);
    }

    /** Uses the link up; the row lock makes two simultaneous submissions of one link succeed only once. */
    Account redeem(String token, TokenPurpose purpose) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new LinkNoLongerValid();
        }
        AccountToken stored = tokens.findForUpdate(hash(token))
                .filter(candidate -> candidate.isUsableAt(clock.instant(), purpose))
                .orElseThrow(LinkNoLongerValid::new);
        stored.use(clock.instant());
        return stored.getAccount();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    record IssuedToken(String token, Instant expiresAt) {}
}
