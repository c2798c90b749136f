package ru.masterskaya.practice.attention.link;

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
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and redeems the one-time journal links of reminders. {@link #open} lets the page behind
 * {@code /p/{token}} show the pair; the journal form calls {@link #redeem} in the transaction that
 * saves the entry, so a link adds one entry and a second submission of it is refused.
 */
@Service
public class PairLinks {

    public static final String PATH = "/p/";
    public static final Duration VALIDITY = Duration.ofDays(14);
    private static final int MAX_TOKEN_LENGTH = 100;

    private final SecureRandom random = new SecureRandom();
    private final PairLinkRepository links;
    private final Clock clock;

    PairLinks(PairLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** A fresh link for a side of a pair; the token is returned once and only its hash is kept. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String issue(UUID pairId, UUID personId, Instant now) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        links.save(new PairLink(hash(token), pairId, personId, now, now.plus(VALIDITY)));
        return token;
    }

    /** Whom the link speaks for while it works; empty when unknown, expired or used. */
    @Transactional(readOnly = true)
    public Optional<PairLinkHolder> open(String token) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return links.findById(hash(token)).filter(link -> link.isUsableAt(clock.instant())).map(PairLink::holder);
    }

    /** Uses the link up in the caller's transaction; the row lock lets two simultaneous submissions succeed only once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PairLinkHolder redeem(String token) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new PairLinkNotUsable();
        }
        PairLink link = links.findForUpdate(hash(token)).filter(candidate -> candidate.isUsableAt(clock.instant()))
                .orElseThrow(PairLinkNotUsable::new);
        link.use(clock.instant());
        return link.holder();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
