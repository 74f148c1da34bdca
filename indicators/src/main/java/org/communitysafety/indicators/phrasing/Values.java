package org.communitysafety.indicators.phrasing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.communitysafety.indicators.Flag;
import org.communitysafety.indicators.Indicator;
import org.communitysafety.indicators.IndicatorRow;

/** A row's value with its unit, by the rules of {@link Phrasing#value(IndicatorRow)}. Stateless and thread-safe. */
final class Values {

    private Values() {}

    static Optional<String> of(Phrasing p, IndicatorRow row) {
        Objects.requireNonNull(row, "row");
        if (row.has(Flag.SUPPRESSED) || row.value().isEmpty() || !Double.isFinite(row.value().getAsDouble())
                || row.value().getAsDouble() < 0) {
            return Optional.empty();
        }
        Indicator indicator = row.indicator();
        boolean zh = p.language() == Language.ZH;
        BigDecimal value = BigDecimal.valueOf(row.value().getAsDouble());
        switch (indicator.unit()) {
            case COUNT: {
                long n = row.numerator().isPresent() ? row.numerator().getAsLong() : whole(value);
                return Optional.of(p.count(n, Measure.of(indicator).orElseThrow()));
            }
            case PROPORTION:
                return Optional.of(scaled(p, row, value, 2) + "%");
            case PER_10K: {
                String x = scaled(p, row, value, 4);
                return Optional.of(zh ? "每万人" + x + "起" : x + " per 10,000 residents");
            }
            case PER_CAPITA: {
                String x = scaled(p, row, value, 0);
                return Optional.of(zh ? "人均" + x + "人次" : x + " per resident");
            }
            case DAYS: {
                BigDecimal days = value.stripTrailingZeros();
                String x = (days.scale() < 0 ? days.setScale(0) : days).toPlainString();
                return Optional.of(zh ? x + "天" : x + (days.compareTo(BigDecimal.ONE) == 0 ? " day" : " days"));
            }
            case YUAN:
                return Optional.of(yuan(p, value));
            default:
                throw new AssertionError(indicator.unit());
        }
    }

    /**
     * numerator × 10^shift / denominator from the row's counts when it has them, else the value
     * × 10^(shift − the value's own scale), rounded as configured.
     */
    private static String scaled(Phrasing p, IndicatorRow row, BigDecimal value, int shift) {
        boolean counts = row.numerator().isPresent() && row.denominator().isPresent()
                && row.denominator().getAsLong() > 0 && row.numerator().getAsLong() >= 0;
        if (counts) {
            BigInteger num = BigInteger.valueOf(row.numerator().getAsLong()).multiply(BigInteger.TEN.pow(shift));
            return Numbers.divide(num, BigInteger.valueOf(row.denominator().getAsLong()), p.decimals(), p.rounding())
                    .toPlainString();
        }
        // a rate per 10,000 is stored as such; a proportion as a fraction of 1
        BigDecimal shown = row.indicator().unit() == Indicator.Unit.PROPORTION ? value.movePointRight(shift) : value;
        return shown.setScale(p.decimals(), p.rounding()).toPlainString();
    }

    private static String yuan(Phrasing p, BigDecimal value) {
        if (p.counts() == CountStyle.APPROXIMATE) {
            return p.count(whole(value), Measure.YUAN);
        }
        BigDecimal yuan = value.stripTrailingZeros().scale() <= 0
                ? value.setScale(0, RoundingMode.UNNECESSARY)
                : value.setScale(2, p.rounding());
        return p.language() == Language.ZH
                ? yuan.toPlainString() + "元"
                : String.format(Locale.ENGLISH, "%,." + yuan.scale() + "f", yuan) + " yuan";
    }

    private static long whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.DOWN).longValueExact();
    }
}
