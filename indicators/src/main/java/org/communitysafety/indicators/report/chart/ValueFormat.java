package org.communitysafety.indicators.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How chart values are written: plain numbers with thousands separated by ',' ({@code 12,345},
 * {@code 3.5}) or proportions as percentages ({@code 0.123 → 12.3%}), with a fixed number of
 * decimals, rounded half-up as reports do, the same on every machine (no locale).
 *
 * <p>Immutable and thread-safe.
 *
 * @param percent  whether values are proportions shown as percentages
 * @param decimals decimals shown, 0 to 6
 */
public record ValueFormat(boolean percent, int decimals) {
    public ValueFormat {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0 to 6, got " + decimals);
        }
    }

    /** Whole numbers: {@code 12345 → "12,345"}. */
    public static ValueFormat count() {
        return new ValueFormat(false, 0);
    }

    /** Numbers with {@code decimals} places: {@code decimal(1)} writes {@code 3.25 → "3.3"}. */
    public static ValueFormat decimal(int decimals) {
        return new ValueFormat(false, decimals);
    }

    /** Proportions as percentages: {@code percent(1)} writes {@code 0.9804 → "98.0%"}. */
    public static ValueFormat percent(int decimals) {
        return new ValueFormat(true, decimals);
    }

    /** This format with another number of decimals. */
    public ValueFormat withDecimals(int decimals) {
        return new ValueFormat(percent, decimals);
    }

    /** Writes {@code value}; a non-finite value is written as "–". */
    public String format(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        BigDecimal d = new BigDecimal(Double.toString(value));
        if (percent) {
            d = d.movePointRight(2);
        }
        d = d.setScale(decimals, RoundingMode.HALF_UP);
        if (d.signum() == 0) {
            d = d.abs();
        }
        String plain = d.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder b = new StringBuilder(plain.length() + 6);
        if (d.signum() < 0) {
            b.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(whole.charAt(i));
        }
        if (dot >= 0) {
            b.append(plain, dot, plain.length());
        }
        return percent ? b.append('%').toString() : b.toString();
    }
}
