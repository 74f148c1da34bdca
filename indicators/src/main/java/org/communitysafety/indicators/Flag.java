package org.communitysafety.indicators;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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

    /** An unmodifiable copy of a set of flags, in declaration order. */
    static Set<Flag> copyOf(Set<Flag> flags) {
        return flags.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Flag.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    /** Returns the code. */
    @Override
    public String toString() {
        return code;
    }
}
