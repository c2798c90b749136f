package ru.masterskaya.diagnostics.campaign;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable personal link tokens: 256 random bits, URL-safe. */
final class PersonalLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalLinks() {}

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
