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
        BigDecimal value = BigDecimal.valueOf(row.value().getAsDouble());
        switch (indicator.unit()) {
            case COUNT: {
                long n = row.numerator().isPresent() ? row.numerator().getAsLong() : whole(value);
                return Optional.of(p.count(n, Measure.of(indicator).orElseThrow()));
            }
            case PROPORTION:
                return Optional.of(p.text("percent", "percent", scaled(p, row, value, 2)));
            case PER_10K: {
                return Optional.of(p.text("value.per10k", "rate", scaled(p, row, value, 4)));
            }
            case PER_CAPITA: {
                return Optional.of(p.text("value.perCapita", "rate", scaled(p, row, value, 0)));
            }
            case DAYS: {
                BigDecimal days = value.stripTrailingZeros();
                String x = (days.scale() < 0 ? days.setScale(0) : days).toPlainString();
                return Optional.of(p.plural("value.days", days.compareTo(BigDecimal.ONE) == 0 ? 1 : 2, "days", x));
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
        return p.text("value.yuan", "yuan", p.inMyriads()
                ? yuan.toPlainString()
                : String.format(Locale.ROOT, "%,." + yuan.scale() + "f", yuan));
    }

    private static long whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.DOWN).longValueExact();
    }
}
