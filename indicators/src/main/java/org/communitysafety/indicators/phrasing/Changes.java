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
        BigInteger diff = current.minusNumerator(baseline);
        if (diff.signum() == 0) {
            return flat(p, cmp, false);
        }
        BigDecimal r = Numbers.divide(diff.multiply(Numbers.HUNDRED), baseline.num.multiply(current.den),
                p.decimals(), p.rounding());
        if (r.signum() == 0) {
            return flat(p, cmp, true);
        }
        return directed(p, cmp, sig, r.signum() < 0, r.abs().toPlainString() + "%");
    }

    /** The change of {@code current} on {@code baseline}, two proportions, in percentage points. */
    static String points(Phrasing p, Exact current, Exact baseline, Comparison cmp, Significance sig) {
        BigInteger diff = current.minusNumerator(baseline);
        if (diff.signum() == 0) {
            return flat(p, cmp, false);
        }
        BigDecimal r = Numbers.divide(diff.multiply(Numbers.HUNDRED), current.den.multiply(baseline.den),
                p.decimals(), p.rounding());
        if (r.signum() == 0) {
            return flat(p, cmp, true);
        }
        String amount = r.abs().toPlainString() + (p.language() == Language.ZH ? "个百分点" : " percentage points");
        return directed(p, cmp, sig, r.signum() < 0, amount);
    }

    private static String directed(Phrasing p, Comparison cmp, Significance sig, boolean down, String amount) {
        boolean mark = p.significanceStyle() == SignificanceStyle.MARK && sig == Significance.SIGNIFICANT;
        if (p.language() == Language.ZH) {
            return cmp.zhPrefix() + (mark ? "显著" : "") + (down ? "下降" : "上升") + amount + note(p, sig);
        }
        return (down ? "down " : "up ") + amount + " " + cmp.enAfter() + (mark ? ", a significant change" : "")
                + note(p, sig);
    }

    private static String flat(Phrasing p, Comparison cmp, boolean roughly) {
        if (p.language() == Language.ZH) {
            return "与" + cmp.zhBaseline() + (roughly ? "基本持平" : "持平");
        }
        return (roughly ? "roughly unchanged " : "unchanged ") + cmp.enAfter();
    }

    private static String arisen(Phrasing p, Comparison cmp, Significance sig, Optional<String> what) {
        if (p.language() == Language.ZH) {
            return cmp.zhPrefix() + what.map(w -> "新增" + w).orElse("由零上升") + note(p, sig);
        }
        return what.map(w -> w + ", up from none in " + cmp.enBaseline())
                .orElse("up from zero " + cmp.enAfter()) + note(p, sig);
    }

    private static String note(Phrasing p, Significance sig) {
        if (p.significanceStyle() == SignificanceStyle.PLAIN || sig != Significance.NOT_SIGNIFICANT) {
            return "";
        }
        return p.language() == Language.ZH ? p.punctuation().bracket("变化不显著") : " (not a significant change)";
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
