package org.communitysafety.indicators;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.communitysafety.core.aggregate.IncidentStore;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;

/**
 * The median reporting delay of a unit, group and period: how long after an incident occurred
 * it was reported, in minutes, over the incidents whose occurrence and report both carry a
 * time of day.
 *
 * <pre>
 *   delay(i)  = (reported day and time − occurred day and time) in minutes, each time taken
 *               to the minute (seconds dropped)
 *   D         = the delays of the incidents of the unit's subtree, group and period that
 *               have a reported_on and a time on both occurred_on and reported_on; n = |D|
 *   median    = D₍ₖ₎ for n odd, k = (n + 1) / 2, and (D₍ₖ₎ + D₍ₖ₊₁₎) / 2 for n even, k = n / 2,
 *               where D₍₁₎ ≤ … ≤ D₍ₙ₎ (the mean of the two middle values, as R's median(),
 *               and as the library's other medians, days to clear and to close)
 * </pre>
 *
 * Undefined (empty) when n = 0. Incidents counted in {@link #withoutDelay()} — no reported_on,
 * or a day without a time at either end — are left out, not given a made-up time: a delay in
 * whole days cannot be put beside delays in minutes. The column store holds delays up to
 * 65,533 minutes (45 days 12 h 13 min) exactly; longer ones are known only to be at least
 * {@link IncidentStore#DELAY_SATURATED} minutes, so when a middle value is one of them the
 * median is a lower bound ({@link #medianIsLowerBound()}). The median is exact, from the whole
 * distribution, not estimated from bins.
 *
 * <p>Immutable and thread-safe. Made by {@link Indicators#medianReportingDelay(String, Group, Period)}.
 *
 * @param unit               the unit's code
 * @param group              the group counted
 * @param period             the period counted (by the day incidents occurred)
 * @param medianMinutes      the median delay in minutes; empty when no incident has a delay in minutes
 * @param medianIsLowerBound whether a middle value was a saturated delay, so that the true median
 *                           is at least {@code medianMinutes}
 * @param withDelay          n: the incidents with a delay in minutes
 * @param withoutDelay       the incidents of the unit, group and period without one
 */
public record ReportingDelay(String unit, Group group, Period period, OptionalDouble medianMinutes,
        boolean medianIsLowerBound, long withDelay, long withoutDelay) {

    public ReportingDelay {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(medianMinutes, "medianMinutes");
        Check.argument(withDelay >= 0 && withoutDelay >= 0, "counts must not be negative, got %d and %d",
                withDelay, withoutDelay);
        Check.argument(medianMinutes.isPresent() == (withDelay > 0),
                "a median is defined exactly when some incident has a delay (%d do)", withDelay);
        Check.argument(!medianIsLowerBound || medianMinutes.isPresent(), "an undefined median bounds nothing");
    }

    /**
     * The median of sorted delays {@code sorted[0 .. n)} (minutes, {@link
     * IncidentStore#DELAY_SATURATED} for a saturated one).
     */
    static ReportingDelay of(String unit, Group group, Period period, int[] sorted, int n, long withoutDelay) {
        if (n == 0) {
            return new ReportingDelay(unit, group, period, OptionalDouble.empty(), false, 0, withoutDelay);
        }
        int lower = sorted[(n - 1) / 2];
        int upper = sorted[n / 2];
        boolean bound = upper == IncidentStore.DELAY_SATURATED;
        return new ReportingDelay(unit, group, period, OptionalDouble.of((lower + upper) / 2.0), bound, n,
                withoutDelay);
    }

    /** {@link #withDelay()} + {@link #withoutDelay()}: every incident of the unit, group and period. */
    public long total() {
        return withDelay + withoutDelay;
    }

    /** {@code ReportingDelay[330102, criminal, 2024: median 42.0 minutes of 120 incidents, 30 without a delay]}. */
    @Override
    public String toString() {
        String median = medianMinutes.isPresent()
                ? String.format(Locale.ROOT, "median %s%.1f minutes", medianIsLowerBound ? "≥ " : "",
                        medianMinutes.getAsDouble())
                : "no median";
        return String.format(Locale.ROOT, "ReportingDelay[%s, %s, %s: %s of %d incidents, %d without a delay]", unit,
                group, period, median, withDelay, withoutDelay);
    }
}
