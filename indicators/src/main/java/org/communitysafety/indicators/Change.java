package org.communitysafety.indicators;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.communitysafety.core.period.Period;

/**
 * A value compared with its baseline: year on year (同比), period over period (环比) or against a
 * named period. Immutable and thread-safe.
 *
 * <p>For a current value v₁ and a baseline value v₀:
 * <ul>
 *   <li>{@code absolute} = v₁ − v₀, in the indicator's unit;</li>
 *   <li>{@code percent} = (v₁ − v₀) / v₀ × 100 — a percentage, −39.3 for "down 39.3%" — empty
 *       when v₀ = 0 (the row then carries {@link Flag#BASELINE_ZERO}: a change from zero has no
 *       percentage, it is neither "infinite" nor "100%"). For a ratio it is computed from the
 *       exact counts, (a₁/b₁ − a₀/b₀) / (a₀/b₀), so that rounding it never compounds rounding
 *       errors;</li>
 *   <li>{@code points} = 100 × (v₁ − v₀) for a proportion: the change in percentage points (百分点),
 *       which reports often confuse with {@code percent} (98.0% → 98.6% is +0.6 points but
 *       +0.6% relative); empty for other units;</li>
 *   <li>{@code pValue}: the two-sided p-value of the indicator's test (see
 *       {@link Indicator.Statistic}), empty where the indicator has no test or the test is
 *       undefined (no events at all); {@code significant} is true when p &lt; α (0.05 unless
 *       configured).</li>
 * </ul>
 *
 * @param baselinePeriod      the period compared with
 * @param baselineValue       the indicator's value in that period, empty when undefined or withheld
 * @param baselineNumerator   the baseline's count or numerator, empty when there is none
 * @param baselineDenominator the baseline's denominator, empty when there is none
 * @param absolute            v₁ − v₀
 * @param percent             (v₁ − v₀) / v₀ × 100
 * @param points              100 × (v₁ − v₀) for a proportion
 * @param pValue              the test's two-sided p-value
 * @param significant         whether p &lt; α
 */
public record Change(
        Period baselinePeriod,
        OptionalDouble baselineValue,
        OptionalLong baselineNumerator,
        OptionalLong baselineDenominator,
        OptionalDouble absolute,
        OptionalDouble percent,
        OptionalDouble points,
        OptionalDouble pValue,
        boolean significant) {

    /** Checks that nothing is null and that only a change with a p-value is significant. */
    public Change {
        Objects.requireNonNull(baselinePeriod, "baselinePeriod");
        Objects.requireNonNull(baselineValue, "baselineValue");
        Objects.requireNonNull(baselineNumerator, "baselineNumerator");
        Objects.requireNonNull(baselineDenominator, "baselineDenominator");
        Objects.requireNonNull(absolute, "absolute");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(pValue, "pValue");
        if (significant && pValue.isEmpty()) {
            throw new IllegalArgumentException("a change without a p-value cannot be significant");
        }
    }

    /** A change with every figure withheld or undefined: only the baseline period is known. */
    static Change withheld(Period baselinePeriod) {
        return new Change(baselinePeriod, OptionalDouble.empty(), OptionalLong.empty(), OptionalLong.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), false);
    }
}
