package org.communitysafety.core.lang;

import java.util.Locale;

/**
 * Argument and state checks with formatted messages, in the manner of Guava's
 * {@code Preconditions} and Caffeine's checks.
 *
 * <p>The message says what is wrong, the bad value, the rule and where, for example
 * {@code Check.argument(resolved <= received, "resolved (%d) must not exceed received (%d)",
 * resolved, received)}. Formatting uses {@link Locale#ROOT}, so messages read the same on
 * every machine, and happens only when the check fails.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Check {
    private Check() {}

    /**
     * Throws {@link IllegalArgumentException} with the formatted message when {@code condition}
     * is false.
     */
    public static void argument(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(format(message, args));
        }
    }

    /**
     * Throws {@link IllegalStateException} with the formatted message when {@code condition}
     * is false.
     */
    public static void state(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new IllegalStateException(format(message, args));
        }
    }

    /** Checks that {@code value} is zero or more; the message names the value. */
    public static long nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, got " + value);
        }
        return value;
    }

    /** Checks that {@code value} is not blank; the message names the value. */
    public static String notBlank(String value, String name) {
        if (value == null) {
            throw new NullPointerException(name);
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    private static String format(String message, Object... args) {
        return args.length == 0 ? message : String.format(Locale.ROOT, message, args);
    }
}
