package org.communitysafety.indicators.phrasing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.communitysafety.core.lang.Check;
import org.communitysafety.indicators.Change;
import org.communitysafety.indicators.Flag;
import org.communitysafety.indicators.Indicator;
import org.communitysafety.indicators.IndicatorRow;

/**
 * The phrases of a change, computed from exact values. Stateless and thread-safe; the rules are
 * documented on {@link Phrasing#change(long, long, Comparison)}.
 */
final class Changes {

    private Changes() {}

    /** A non-negative exact value num / den, den &gt; 0: a count (den = 1), a ratio of counts, or a decimal. */
    record Exact(BigInteger num, BigInteger den) {
        static Exact of(long count) {
            return new Exact(BigInteger.valueOf(count), BigInteger.ONE);
        }

        static Exact of(long numerator, long denominator) {
            return new Exact(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }

        /** The decimal {@code value} as written by {@link Double#toString(double)}: 100.5 yuan is 1005/10. */
        static Exact of(double value) {
            BigDecimal d = BigDecimal.valueOf(value);
            return d.scale() <= 0
                    ? new Exact(d.toBigIntegerExact(), BigInteger.ONE)
                    : new Exact(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
        }

        boolean isZero() {
            return num.signum() == 0;
        }

        /** The numerator of this − other over the denominator den × other.den: its sign is the difference's. */
        BigInteger minusNumerator(Exact other) {
            return num.multiply(other.den).subtract(other.num.multiply(den));
        }
    }

    /** The relative change of {@code current} on {@code baseline}; {@code arisen}: what is new on a zero baseline. */
    static String relative(Phrasing p, Exact current, Exact baseline, Comparison cmp, Significance sig,
            Optional<String> arisen) {
        if (baseline.isZero()) {
            return current.isZero() ? flat(p, cmp, false) : arisen(p, cmp, sig, arisen);
        }
        return changed(p, cmp, sig, current.minusNumerator(baseline), baseline.num.multiply(current.den), false);
    }

    /** The change of {@code current} on {@code baseline}, two proportions, in percentage points. */
    static String points(Phrasing p, Exact current, Exact baseline, Comparison cmp, Significance sig) {
        return changed(p, cmp, sig, current.minusNumerator(baseline), current.den.multiply(baseline.den), true);
    }

    /**
     * The change of 100 × {@code diff} / {@code den}, in percent or in points: 持平 when the
     * difference is exactly zero, 基本持平 when only the rounding made it zero, else up or down.
     */
    private static String changed(Phrasing p, Comparison cmp, Significance sig, BigInteger diff, BigInteger den,
            boolean points) {
        if (diff.signum() == 0) {
            return flat(p, cmp, false);
        }
        BigDecimal r = Numbers.divide(diff.multiply(Numbers.HUNDRED), den, p.decimals(), p.rounding());
        if (r.signum() == 0) {
            return flat(p, cmp, true);
        }
        String amount = points
                ? p.text("change.points", "points", r.abs().toPlainString())
                : p.text("percent", "percent", r.abs().toPlainString());
        boolean mark = p.significanceStyle() == SignificanceStyle.MARK && sig == Significance.SIGNIFICANT;
        return note(p, sig, p.text("change." + (r.signum() < 0 ? "down" : "up") + (mark ? ".significant" : ""),
                "comparison", cmp.phrase(p), "amount", amount));
    }

    /**
     * The change of a duration as the difference in days, "同比上升1.0天": a percentage of days
     * reads oddly, and from a median of 0 days any change would be an infinite or a 100% one.
     */
    static String days(Phrasing p, Exact current, Exact baseline, Comparison cmp, Significance sig) {
        BigInteger diff = current.minusNumerator(baseline);
        if (diff.signum() == 0) {
            return flat(p, cmp, false);
        }
        BigDecimal d = Numbers.divide(diff, current.den.multiply(baseline.den), p.decimals(), p.rounding());
        if (d.signum() == 0) {
            return flat(p, cmp, true);
        }
        boolean mark = p.significanceStyle() == SignificanceStyle.MARK && sig == Significance.SIGNIFICANT;
        return note(p, sig, p.text("change." + (d.signum() < 0 ? "down" : "up") + (mark ? ".significant" : ""),
                "comparison", cmp.phrase(p), "amount", p.text("days", "days", d.abs().toPlainString())));
    }

    private static String flat(Phrasing p, Comparison cmp, boolean roughly) {
        return p.text(roughly ? "change.roughlyFlat" : "change.flat", "comparison", cmp.phrase(p),
                "baseline", cmp.baseline(p));
    }

    private static String arisen(Phrasing p, Comparison cmp, Significance sig, Optional<String> what) {
        return note(p, sig, what.map(w -> p.text("change.arisen", "comparison", cmp.phrase(p),
                        "baseline", cmp.baseline(p), "count", w))
                .orElseGet(() -> p.text("change.fromZero", "comparison", cmp.phrase(p))));
    }

    /** {@code change} with the note that its test found nothing, when the style asks for one. */
    private static String note(Phrasing p, Significance sig, String change) {
        if (p.significanceStyle() == SignificanceStyle.PLAIN || sig != Significance.NOT_SIGNIFICANT) {
            return change;
        }
        return p.text("change.notSignificant", "change", change);
    }

    // ------------------------------------------------------------ rows

    /** The row's change, relative ({@code points} false) or in points. */
    static Optional<String> ofRow(Phrasing p, IndicatorRow row, boolean points) {
        Objects.requireNonNull(row, "row");
        Indicator indicator = row.indicator();
        if (points) {
            Check.argument(indicator.unit() == Indicator.Unit.PROPORTION,
                    "a change in percentage points needs a proportion; %s is in %s", indicator, indicator.unit());
        }
        if (row.change().isEmpty()) {
            return Optional.empty();
        }
        Change change = row.change().get();
        if (row.has(Flag.SUPPRESSED) || row.has(Flag.BASELINE_SUPPRESSED)
                || row.value().isEmpty() || change.baselineValue().isEmpty()) {
            return Optional.empty();
        }
        Optional<Exact> current;
        Optional<Exact> baseline;
        if (indicator.isRatio() && row.numerator().isPresent() && row.denominator().isPresent()
                && change.baselineNumerator().isPresent() && change.baselineDenominator().isPresent()) {
            current = ratio(row.numerator().getAsLong(), row.denominator().getAsLong());
            baseline = ratio(change.baselineNumerator().getAsLong(), change.baselineDenominator().getAsLong());
        } else if (!indicator.isRatio() && row.numerator().isPresent() && change.baselineNumerator().isPresent()) {
            current = count(row.numerator().getAsLong());
            baseline = count(change.baselineNumerator().getAsLong());
        } else {
            current = decimal(row.value().getAsDouble());
            baseline = decimal(change.baselineValue().getAsDouble());
        }
        if (current.isEmpty() || baseline.isEmpty()) {
            return Optional.empty();
        }
        Comparison cmp = Comparison.between(row.period(), change.baselinePeriod());
        Significance sig = Significance.of(indicator, change);
        if (points) {
            return Optional.of(points(p, current.get(), baseline.get(), cmp, sig));
        }
        if (indicator.unit() == Indicator.Unit.DAYS) {
            return Optional.of(days(p, current.get(), baseline.get(), cmp, sig));
        }
        Optional<String> arisen = indicator.isRatio() || row.numerator().isEmpty()
                ? Optional.empty()
                : Optional.of(Measure.of(indicator)
                        .map(m -> p.count(row.numerator().getAsLong(), m))
                        .orElseGet(() -> p.count(row.numerator().getAsLong())));
        return Optional.of(relative(p, current.get(), baseline.get(), cmp, sig, arisen));
    }

    private static Optional<Exact> ratio(long num, long den) {
        return den > 0 && num >= 0 ? Optional.of(Exact.of(num, den)) : Optional.empty();
    }

    private static Optional<Exact> count(long n) {
        return n >= 0 ? Optional.of(Exact.of(n)) : Optional.empty();
    }

    private static Optional<Exact> decimal(double value) {
        return Double.isFinite(value) && value >= 0 ? Optional.of(Exact.of(value)) : Optional.empty();
    }
}
