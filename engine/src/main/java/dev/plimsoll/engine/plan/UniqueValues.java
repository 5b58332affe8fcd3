package dev.plimsoll.engine.plan;

import java.security.SecureRandom;

/**
 * Values for {@code ${UNIQUE}}: ten lowercase letters and digits, starting with a letter, so one fits a host name, a
 * database name or a file name, and data written by one run never meets an earlier run's.
 */
public final class UniqueValues {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String ALPHABET = LETTERS + "0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private UniqueValues() {}

    public static String next() {
        StringBuilder value = new StringBuilder(10);
        value.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        for (int i = 1; i < 10; i++) {
            value.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return value.toString();
    }
}
