package org.communitysafety.indicators.phrasing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The arithmetic behind the phrases, exact throughout: counts as {@code long} and
 * {@link BigInteger}, ratios rounded once, from the exact rational, with {@link BigDecimal}.
 * Stateless and thread-safe.
 */
final class Numbers {

    static final BigInteger HUNDRED = BigInteger.valueOf(100);
    static final BigInteger WAN = BigInteger.valueOf(10_000);
    static final BigInteger YI = BigInteger.valueOf(100_000_000);
    static final BigInteger MILLION = BigInteger.valueOf(1_000_000);
    static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000);
    static final BigInteger TRILLION = BigInteger.valueOf(1_000_000_000_000L);

    private Numbers() {}

    /** How an approximate figure relates to the count it stands for. */
    enum Kind {
        /** The figure is the count. */
        EXACT,
        /** The count is more than the figure (余, over). */
        OVER,
        /** The count is a little less than the figure (近, nearly). */
        NEARLY
    }

    /** A figure to write and how it relates to the count. */
    record Approximation(BigInteger figure, Kind kind) {}

    /**
     * The figure a report writes for {@code n} (the rules are documented on
     * {@link Phrasing#count(long)}).
     */
    static Approximation approximate(long n, int significantDigits, BigDecimal nearlyWithin) {
        BigInteger count = BigInteger.valueOf(n);
        if (n < 10) {
            return new Approximation(count, Kind.EXACT);
        }
        int digits = Long.toString(n).length();
        BigInteger roundUp = ceilToOneSignificantDigit(count, digits);
        BigDecimal shortfall = new BigDecimal(roundUp.subtract(count));
        if (roundUp.compareTo(HUNDRED) >= 0 && shortfall.signum() > 0
                && shortfall.compareTo(nearlyWithin.multiply(new BigDecimal(roundUp))) <= 0) {
            return new Approximation(roundUp, Kind.NEARLY);
        }
        BigInteger granule = BigInteger.TEN.pow(Math.max(1, digits - significantDigits));
        BigInteger truncated = count.subtract(count.mod(granule));
        return new Approximation(truncated, truncated.equals(count) ? Kind.EXACT : Kind.OVER);
    }

    /** The smallest d × 10^k ≥ n with one significant digit d (10^digits when n's lead digit rounds up past 9). */
    private static BigInteger ceilToOneSignificantDigit(BigInteger n, int digits) {
        BigInteger unit = BigInteger.TEN.pow(digits - 1);
        BigInteger[] qr = n.divideAndRemainder(unit);
        return qr[1].signum() == 0 ? n : qr[0].add(BigInteger.ONE).multiply(unit);
    }

    /** Chinese: "640余", "1.8万余", "360余万", "近万", "1万". */
    static String zh(Approximation a, YuStyle yu) {
        BigInteger v = a.figure();
        if (a.kind() == Kind.NEARLY) {
            if (v.equals(HUNDRED)) {
                return "近百";
            }
            if (v.equals(BigInteger.valueOf(1000))) {
                return "近千";
            }
            if (v.compareTo(WAN) < 0) {
                return "近" + v;
            }
            BigDecimal m = mantissa(v, v.compareTo(YI) >= 0 ? 8 : 4);
            return "近" + (m.compareTo(BigDecimal.ONE) == 0 ? "" : m.toPlainString()) + magnitudeZh(v);
        }
        String yuMark = a.kind() == Kind.OVER ? "余" : "";
        if (v.compareTo(WAN) < 0) {
            return v + yuMark;
        }
        BigDecimal m = mantissa(v, v.compareTo(YI) >= 0 ? 8 : 4);
        boolean wholeOfTwoDigits = m.scale() <= 0 && m.compareTo(BigDecimal.TEN) >= 0;
        if (a.kind() == Kind.OVER && yu == YuStyle.BEFORE_MAGNITUDE && wholeOfTwoDigits) {
            return m.toPlainString() + "余" + magnitudeZh(v);
        }
        return m.toPlainString() + magnitudeZh(v) + yuMark;
    }

    private static String magnitudeZh(BigInteger v) {
        return v.compareTo(YI) >= 0 ? "亿" : "万";
    }

    /** English: "over 640", "over 18,000", "over 3.6 million", "nearly 10,000", "10,000". */
    static String en(Approximation a) {
        String figure = enFigure(a.figure());
        return switch (a.kind()) {
            case EXACT -> figure;
            case OVER -> "over " + figure;
            case NEARLY -> "nearly " + figure;
        };
    }

    private static String enFigure(BigInteger v) {
        if (v.compareTo(MILLION) < 0) {
            return grouped(v);
        }
        int shift;
        String word;
        if (v.compareTo(TRILLION) >= 0) {
            shift = 12;
            word = "trillion";
        } else if (v.compareTo(BILLION) >= 0) {
            shift = 9;
            word = "billion";
        } else {
            shift = 6;
            word = "million";
        }
        BigDecimal m = mantissa(v, shift);
        BigInteger whole = m.toBigInteger();
        BigDecimal fraction = m.subtract(new BigDecimal(whole));
        String fractionText = fraction.signum() == 0 ? "" : fraction.toPlainString().substring(1);
        return grouped(whole) + fractionText + " " + word;
    }

    /** v / 10^shift without trailing zeros: 18000, 4 → 1.8; 3600000, 4 → 360. */
    private static BigDecimal mantissa(BigInteger v, int shift) {
        BigDecimal m = new BigDecimal(v).movePointLeft(shift).stripTrailingZeros();
        return m.scale() < 0 ? m.setScale(0) : m;
    }

    /** Every digit, Chinese style: 45225. */
    static String exactZh(long n) {
        return Long.toString(n);
    }

    /** Every digit, grouped in thousands: 45,225. */
    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String grouped(BigInteger n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** p / q rounded to {@code decimals} places with {@code mode}; q ≠ 0. Exact: the rational is rounded once. */
    static BigDecimal divide(BigInteger p, BigInteger q, int decimals, RoundingMode mode) {
        return new BigDecimal(p).divide(new BigDecimal(q), decimals, mode);
    }

    /** 100 × num / den rounded, as text without the % sign. */
    static String percentText(BigInteger num, BigInteger den, int decimals, RoundingMode mode) {
        return divide(num.multiply(HUNDRED), den, decimals, mode).toPlainString();
    }
}
