package org.communitysafety.indicators;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * {@link OptionalLong#of} and {@link OptionalDouble#of} that hand out one shared instance for
 * each small whole number, made once: a catalogue's rows hold a few million optionals and most of
 * their counts, differences of counts and baseline counts are small (a village's 0, 1, 2 …
 * incidents of a category), so sharing them spares the heap and the collector's copying. An
 * optional is immutable and compares by value, so a shared one is indistinguishable from a new
 * one. Immutable and thread-safe.
 *
 * <p>Memory: 2 × 8,192 objects of 24 bytes, 400 kB, once.
 */
final class Optionals {

    /** Whole numbers in {@code [-SHARED, SHARED)} are shared. */
    private static final int SHARED = 4096;
    private static final OptionalLong[] LONGS = new OptionalLong[2 * SHARED];
    private static final OptionalDouble[] DOUBLES = new OptionalDouble[2 * SHARED];

    static {
        for (int i = 0; i < 2 * SHARED; i++) {
            LONGS[i] = OptionalLong.of(i - SHARED);
            DOUBLES[i] = OptionalDouble.of(i - SHARED);
        }
    }

    private Optionals() {}

    /** {@code OptionalLong.of(v)}. */
    static OptionalLong of(long v) {
        return v >= -SHARED && v < SHARED ? LONGS[(int) v + SHARED] : OptionalLong.of(v);
    }

    /** {@code OptionalDouble.of(v)}, bit for bit: a whole number in range, but not −0.0, is shared. */
    static OptionalDouble of(double v) {
        if (v >= -SHARED && v < SHARED) {
            int i = (int) v;
            if (i == v && (i != 0 || Double.doubleToRawLongBits(v) == 0L)) {
                return DOUBLES[i + SHARED];
            }
        }
        return OptionalDouble.of(v);
    }
}
