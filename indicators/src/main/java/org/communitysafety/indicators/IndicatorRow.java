package org.communitysafety.indicators;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.stats.Interval;

/**
 * One tidy result: the value of an indicator for a unit, a period and a group, with its interval,
 * its comparison with a baseline, and its flags. Immutable and thread-safe.
 *
 * <p>Nothing is null: a value that does not apply or is undefined is empty, and the flags say why
 * ({@link Flag#ZERO_DENOMINATOR}, {@link Flag#NO_POPULATION}, {@link Flag#SUPPRESSED} …).
 *
 * @param indicator   the indicator
 * @param unit        the unit's code
 * @param unitName    the unit's name
 * @param level       the unit's level
 * @param period      the period
 * @param group       what the figure is restricted to
 * @param value       the value, in the indicator's {@link Indicator#unit()} (a proportion in [0, 1])
 * @param numerator   the numerator of a ratio (for a rate per 10,000: the count); empty for a count, whose
 *                    value is the count itself, and for sums, amounts, medians and expectations
 * @param denominator the denominator of a ratio (for a rate per 10,000: the population)
 * @param interval    the confidence interval of the value, where the indicator has one
 * @param change      the comparison with the baseline, when one was asked for
 * @param flags       notes on the row
 */
public record IndicatorRow(
        Indicator indicator,
        String unit,
        String unitName,
        Level level,
        Period period,
        Group group,
        OptionalDouble value,
        OptionalLong numerator,
        OptionalLong denominator,
        Optional<Interval> interval,
        Optional<Change> change,
        Set<Flag> flags) {

    /** Checks that nothing is null and copies the flags. */
    public IndicatorRow {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(flags, "flags");
        flags = Flag.copyOf(flags);
    }

    /** The interval's lower bound. */
    public OptionalDouble lower() {
        return interval.map(i -> OptionalDouble.of(i.lower())).orElse(OptionalDouble.empty());
    }

    /** The interval's upper bound. */
    public OptionalDouble upper() {
        return interval.map(i -> OptionalDouble.of(i.upper())).orElse(OptionalDouble.empty());
    }

    /** Whether the row carries the flag. */
    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** The value, or {@code otherwise} when it is empty (undefined or withheld). */
    public double valueOr(double otherwise) {
        return value.orElse(otherwise);
    }

    /** The value, or {@code NaN} when it is empty — for arithmetic in JShell, never for reports. */
    public double valueOrNaN() {
        return value.orElse(Double.NaN);
    }

    /** The baseline period, when a comparison was asked for. */
    public Optional<Period> baselinePeriod() {
        return change.map(Change::baselinePeriod);
    }

    /** The baseline's value ({@link Change#baselineValue()}); empty without a comparison or when undefined or withheld. */
    public OptionalDouble baselineValue() {
        return change.isPresent() ? change.get().baselineValue() : OptionalDouble.empty();
    }

    /** The change v₁ − v₀ ({@link Change#absolute()}); empty without a comparison or when undefined. */
    public OptionalDouble changeAbsolute() {
        return change.isPresent() ? change.get().absolute() : OptionalDouble.empty();
    }

    /** The change in percent ({@link Change#percent()}): −39.3 for "down 39.3%"; empty as there. */
    public OptionalDouble changePct() {
        return change.isPresent() ? change.get().percent() : OptionalDouble.empty();
    }

    /** The change in percentage points of a proportion ({@link Change#points()}); empty as there. */
    public OptionalDouble changePoints() {
        return change.isPresent() ? change.get().points() : OptionalDouble.empty();
    }

    /** The change's two-sided p-value ({@link Change#pValue()}); empty as there. */
    public OptionalDouble pValue() {
        return change.isPresent() ? change.get().pValue() : OptionalDouble.empty();
    }

    /** Whether the change is significant at the computation's α; false without a comparison. */
    public boolean isSignificant() {
        return change.isPresent() && change.get().significant();
    }

    /**
     * One line: {@code incidents.count 330102 城关镇 2024 criminal = 123 [110.2, 146.9] vs 2023 -12.3% (p=0.04)},
     * its numbers as {@link java.util.Locale#ROOT} writes them.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder()
                .append(indicator.id()).append(' ').append(unit).append(' ').append(unitName).append(' ')
                .append(period).append(' ').append(group).append(" = ").append(NumberText.value(value));
        interval.ifPresent(i -> s.append(' ').append(NumberText.interval(lower(), upper())));
        change.ifPresent(c -> {
            s.append(" vs ").append(c.baselinePeriod()).append(' ');
            s.append(c.percent().isPresent() ? NumberText.percent(c.percent().getAsDouble()) : "n/a");
            c.pValue().ifPresent(p -> s.append(" (p=").append(NumberText.pValue(p)).append(')'));
        });
        if (!flags.isEmpty()) {
            s.append(' ').append(flags);
        }
        return s.toString();
    }
}
