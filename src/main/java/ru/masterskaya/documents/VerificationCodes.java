package ru.masterskaya.documents;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The code in a document's verification link: 256 random bits, so that no one finds a document by
 * trying numbers. It is printed on the document itself and unlocks only what the public page shows,
 * so it is stored as it is (ADR 0010).
 */
public final class VerificationCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private VerificationCodes() {}

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a text could be a code at all; anything else is not looked up. */
    public static boolean isWellFormed(String code) {
        return SHAPE.matcher(code).matches();
    }
}
