package org.communitysafety.core.sample;

/**
 * Record identifiers: a letter and a zero-padded number from 1, e.g. {@code I00000001}. The
 * width is 8 digits, or more when the count needs them, so that ids sort like their numbers.
 *
 * <p>Immutable and thread-safe.
 */
final class Ids {
    private final char prefix;
    private final int width;

    Ids(char prefix, long count) {
        this.prefix = prefix;
        this.width = Math.max(8, Long.toString(count).length());
    }

    /** The id of record number {@code number} (from 1); no {@code String.format}, one small allocation. */
    String of(long number) {
        char[] c = new char[width + 1];
        c[0] = prefix;
        long v = number;
        for (int i = width; i >= 1; i--) {
            c[i] = (char) ('0' + (int) (v % 10));
            v /= 10;
        }
        return new String(c);
    }
}
