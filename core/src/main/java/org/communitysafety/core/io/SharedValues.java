package org.communitysafety.core.io;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Equal values read from many rows, shared: the last value seen in each of 65,536 slots chosen by
 * its hash is handed out again for an equal one. For a reader that keeps an object for every row
 * of a large file — a million units of {@code jurisdictions.csv}, whose names repeat (村 and 社区
 * names recur across towns: 8,754 names for a million villages in the generated tree) as do their
 * populations and areas — so that the garbage collector copies one name, one {@link OptionalLong}
 * or {@link OptionalDouble} for many units rather than one each. A value that is not in its slot
 * is returned as given (or wrapped anew); no value is ever changed, only shared. All these types
 * are immutable, compared by value. Not thread-safe; package-private.
 */
final class SharedValues {
    private static final int SLOTS = 1 << 16;

    private final String[] texts = new String[SLOTS];
    private final Object[] optionalTexts = new Object[SLOTS];
    private final OptionalLong[] longs = new OptionalLong[SLOTS];
    private final OptionalDouble[] doubles = new OptionalDouble[SLOTS];

    private static int slot(int hash) {
        int h = hash * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }

    /** {@code text}, or an equal string seen before. */
    String text(String text) {
        int i = slot(text.hashCode());
        String seen = texts[i];
        if (text.equals(seen)) {
            return seen;
        }
        texts[i] = text;
        return text;
    }

    /** {@code text} made optional, or an equal optional made before; empty stays empty. */
    @SuppressWarnings("unchecked")
    Optional<String> optionalText(Optional<String> text) {
        if (text.isEmpty()) {
            return text;
        }
        int i = slot(text.get().hashCode());
        Optional<String> seen = (Optional<String>) optionalTexts[i];
        if (seen != null && seen.get().equals(text.get())) {
            return seen;
        }
        optionalTexts[i] = text;
        return text;
    }

    /** {@code OptionalLong.of(value)}, or an equal one made before. */
    OptionalLong optionalLong(long value) {
        int i = slot(Long.hashCode(value));
        OptionalLong seen = longs[i];
        if (seen != null && seen.getAsLong() == value) {
            return seen;
        }
        OptionalLong made = OptionalLong.of(value);
        longs[i] = made;
        return made;
    }

    /** {@code OptionalDouble.of(value)}, or one made before of the same bits (so 0.0 and -0.0 stay apart). */
    OptionalDouble optionalDouble(double value) {
        long bits = Double.doubleToRawLongBits(value);
        int i = slot(Long.hashCode(bits));
        OptionalDouble seen = doubles[i];
        if (seen != null && Double.doubleToRawLongBits(seen.getAsDouble()) == bits) {
            return seen;
        }
        OptionalDouble made = OptionalDouble.of(value);
        doubles[i] = made;
        return made;
    }
}
