package org.communitysafety.indicators;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Numbers as the text tables and {@code toString}s of this package show them, the same under
 * every default locale: {@link Locale#ROOT} digits and a decimal point, never {@code 0,7500} or
 * Arabic-Indic digits.
 */
final class NumberText {

    private NumberText() {}

    /** A number for people: whole numbers without decimals, others to 4 significant digits. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** The value, or {@code —} when it is empty. */
    static String value(OptionalDouble v) {
        return v.isPresent() ? number(v.getAsDouble()) : "—";
    }

    /** {@code [lower, upper]}, or nothing when either is empty. */
    static String interval(OptionalDouble lower, OptionalDouble upper) {
        return lower.isPresent() && upper.isPresent()
                ? "[" + number(lower.getAsDouble()) + ", " + number(upper.getAsDouble()) + "]"
                : "";
    }

    /** A signed percentage to one decimal, {@code −12.3%} as {@code -12.3%}; nothing when empty. */
    static String percent(OptionalDouble pct) {
        return pct.isPresent() ? percent(pct.getAsDouble()) : "";
    }

    /** A signed percentage to one decimal: {@code +4.0%}. */
    static String percent(double pct) {
        return String.format(Locale.ROOT, "%+.1f%%", pct);
    }

    /** A p-value to 3 significant digits; nothing when empty. */
    static String pValue(OptionalDouble p) {
        return p.isPresent() ? pValue(p.getAsDouble()) : "";
    }

    /** A p-value to 3 significant digits. */
    static String pValue(double p) {
        return String.format(Locale.ROOT, "%.3g", p);
    }
}
