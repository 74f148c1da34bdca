package org.communitysafety.indicators;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Notes attached to a result row, written in JSON and CSV by their {@link #code()}.
 */
public enum Flag {
    /** The count, or the denominator of a ratio, is below 10: the value is computed but rests on little. */
    SMALL_COUNT("small_count"),
    /** The baseline's count or denominator is below 10. */
    BASELINE_SMALL_COUNT("baseline_small_count"),
    /** The value is withheld for publishing (small-count suppression); see {@link Indicators#suppressBelow}. */
    SUPPRESSED("suppressed"),
    /** The baseline's values are withheld for publishing. */
    BASELINE_SUPPRESSED("baseline_suppressed"),
    /** The denominator is zero: the value is undefined. */
    ZERO_DENOMINATOR("zero_denominator"),
    /** There is nothing to take a median of: the value is undefined. */
    NO_RECORDS("no_records"),
    /** A population needed is unknown or zero: the value is undefined. */
    NO_POPULATION("no_population"),
    /** The baseline value is zero: the percentage change is undefined (not infinite, not 100%). */
    BASELINE_ZERO("baseline_zero"),
    /** The baseline value is undefined, so there is no change. */
    BASELINE_UNDEFINED("baseline_undefined"),
    /** Above the 95% funnel-plot control limit around the parent's value (but not the 99.8%). */
    ABOVE_95("above_95"),
    /** Above the 99.8% funnel-plot control limit around the parent's value. */
    ABOVE_998("above_99.8"),
    /** Below the 95% funnel-plot control limit around the parent's value (but not the 99.8%). */
    BELOW_95("below_95"),
    /** Below the 99.8% funnel-plot control limit around the parent's value. */
    BELOW_998("below_99.8");

    private final String code;

    Flag(String code) {
        this.code = code;
    }

    /** The code written in JSON and CSV, e.g. {@code small_count}. */
    public String code() {
        return code;
    }

    /**
     * An unmodifiable copy of a set of flags, in declaration order: one shared instance for each
     * of the 2¹³ combinations, made on first use. A catalogue has a million rows and a handful of
     * distinct flag sets; sharing them saves two objects a row (and the collector's copying of
     * them) and is safe because the sets cannot change.
     */
    static Set<Flag> copyOf(Set<Flag> flags) {
        if (flags instanceof Shared) {
            return flags;
        }
        int bits = 0;
        for (Flag f : flags) {
            bits |= f.bit();
        }
        return setOf(bits);
    }

    /** This flag's bit in a mask of flags: {@code 1 << ordinal()}. */
    int bit() {
        return 1 << ordinal();
    }

    /** The shared set of the flags whose {@link #bit()}s are set in {@code bits}, as {@link #copyOf} gives it. */
    static Set<Flag> setOf(int bits) {
        Set<Flag> set = SETS.get(bits);
        if (set == null) {
            EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
            for (Flag f : values()) {
                if ((bits & f.bit()) != 0) {
                    flags.add(f);
                }
            }
            SETS.compareAndSet(bits, null, new Shared(flags));
            set = SETS.get(bits);
        }
        return set;
    }

    /** The shared sets by the bit mask of their flags' ordinals (13 flags: 8,192 slots, 32 kB). */
    private static final AtomicReferenceArray<Set<Flag>> SETS = new AtomicReferenceArray<>(1 << values().length);

    /**
     * An unmodifiable view of a private {@link EnumSet} (as {@link Collections#unmodifiableSet}
     * gives, equal to any set of the same flags), of a class of its own so that {@link #copyOf}
     * knows a shared set when it sees one and returns it without reading it.
     */
    private static final class Shared extends AbstractSet<Flag> {
        private final Set<Flag> flags;

        Shared(EnumSet<Flag> flags) {
            this.flags = Collections.unmodifiableSet(flags);
        }

        @Override
        public Iterator<Flag> iterator() {
            return flags.iterator();
        }

        @Override
        public int size() {
            return flags.size();
        }

        @Override
        public boolean contains(Object o) {
            return flags.contains(o);
        }

        @Override
        public boolean containsAll(Collection<?> c) {
            return flags.containsAll(c);
        }
    }

    /** Returns the code. */
    @Override
    public String toString() {
        return code;
    }
}
