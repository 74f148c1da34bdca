package org.communitysafety.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;

/**
 * An indicator of one unit and group, period by period over a span — the months of three years,
 * the weeks of a quarter — each point with its baseline, the same period a year earlier
 * ({@link Period#yearEarlier()}). Immutable and thread-safe. Made by
 * {@link Indicators#series(Indicator, String, Group, Period, Granularity)}.
 *
 * <p>Each point is the catalogue's row of that period compared year on year: the same figures,
 * intervals, tests and flags (funnel-plot flags aside: a series has no siblings), computed from
 * one aggregation over every period of the span and its baselines. A period the data do not
 * cover counts zero records, as it would in the catalogue.
 *
 * <pre>{@code
 * Series s = Indicators.of(data).series(Indicator.INCIDENTS_COUNT, "330100", Group.criminal(),
 *         Period.parse("2022-01-01..2024-12-31"), Granularity.MONTH);
 * double[] counts = s.values(0);   // 36 months
 * }</pre>
 *
 * @param indicator   the indicator
 * @param unit        the unit's code
 * @param unitName    the unit's name
 * @param group       the group
 * @param span        the span the periods were taken from
 * @param granularity the kind of the periods
 * @param points      a point per period, in order; at least one
 */
public record Series(Indicator indicator, String unit, String unitName, Group group, Period span,
        Granularity granularity, List<Series.Point> points) {

    private static final int SHOWN = 24;

    /**
     * One period of a series.
     *
     * @param period         the period
     * @param value          the indicator's value, empty when undefined or withheld (the flags say why)
     * @param numerator      a ratio's numerator
     * @param denominator    a ratio's denominator
     * @param lower          the lower bound of the value's confidence interval, where it has one
     * @param upper          the upper bound
     * @param baselinePeriod the same period a year earlier
     * @param baselineValue  the value in the baseline period, empty when undefined or withheld
     * @param changePct      (value − baseline) / baseline × 100, empty when either is missing or the baseline is zero
     * @param pValue         the two-sided p-value of the change's test, where the indicator has one
     * @param flags          the row's flags ({@link Flag})
     */
    public record Point(Period period, OptionalDouble value, OptionalLong numerator, OptionalLong denominator,
            OptionalDouble lower, OptionalDouble upper, Period baselinePeriod, OptionalDouble baselineValue,
            OptionalDouble changePct, OptionalDouble pValue, Set<Flag> flags) {

        /** Checks that nothing is null and copies the flags. */
        public Point {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            Objects.requireNonNull(lower, "lower");
            Objects.requireNonNull(upper, "upper");
            Objects.requireNonNull(baselinePeriod, "baselinePeriod");
            Objects.requireNonNull(baselineValue, "baselineValue");
            Objects.requireNonNull(changePct, "changePct");
            Objects.requireNonNull(pValue, "pValue");
            Objects.requireNonNull(flags, "flags");
            flags = Flag.copyOf(flags);
        }

        /** The point of a row compared with its year-earlier baseline. */
        static Point of(IndicatorRow row) {
            Change c = row.change().orElseThrow(() -> new IllegalStateException("a series row needs its baseline"));
            return new Point(row.period(), row.value(), row.numerator(), row.denominator(), row.lower(), row.upper(),
                    c.baselinePeriod(), c.baselineValue(), c.percent(), c.pValue(), row.flags());
        }

        /** The value, or {@code otherwise} when it is empty. */
        public double valueOr(double otherwise) {
            return value.orElse(otherwise);
        }

        /** The baseline's value, or {@code otherwise} when it is empty. */
        public double baselineValueOr(double otherwise) {
            return baselineValue.orElse(otherwise);
        }

        /** Whether the point carries the flag. */
        public boolean has(Flag flag) {
            return flags.contains(flag);
        }
    }

    /** Checks the fields and copies the points, which must be in order. */
    public Series {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(granularity, "granularity");
        points = List.copyOf(points);
        Check.argument(!points.isEmpty(), "a series needs at least one point");
        for (int i = 1; i < points.size(); i++) {
            Check.argument(points.get(i - 1).period().compareTo(points.get(i).period()) < 0,
                    "the points of a series must be in order: %s follows %s", points.get(i).period(),
                    points.get(i - 1).period());
        }
    }

    /** The number of points. */
    public int size() {
        return points.size();
    }

    /** The periods, in order. */
    public List<Period> periods() {
        return points.stream().map(Point::period).toList();
    }

    /** The first point. */
    public Point first() {
        return points.get(0);
    }

    /** The last point. */
    public Point last() {
        return points.get(points.size() - 1);
    }

    /** The point of a period, if the series has one. */
    public Optional<Point> find(Period period) {
        Objects.requireNonNull(period, "period");
        return points.stream().filter(p -> p.period().equals(period)).findFirst();
    }

    /**
     * The point of a period.
     *
     * @throws IllegalArgumentException naming the series' first and last periods when it has none
     */
    public Point get(Period period) {
        return find(period).orElseThrow(() -> new IllegalArgumentException("the series has no point for " + period
                + ": it runs from " + first().period() + " to " + last().period()));
    }

    /** The values in order, {@code missing} where a value is empty. */
    public double[] values(double missing) {
        return points.stream().mapToDouble(p -> p.valueOr(missing)).toArray();
    }

    /** The baseline values in order, {@code missing} where one is empty. */
    public double[] baselineValues(double missing) {
        return points.stream().mapToDouble(p -> p.baselineValueOr(missing)).toArray();
    }

    /** The first points as a text table, and how many there are. */
    @Override
    public String toString() {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"period", "value", "95% interval", "baseline", "value", "change", "p", "flags"});
        points.stream().limit(SHOWN).forEach(p -> lines.add(new String[] {
            p.period().toString(),
            NumberText.value(p.value()),
            NumberText.interval(p.lower(), p.upper()),
            p.baselinePeriod().toString(),
            NumberText.value(p.baselineValue()),
            NumberText.percent(p.changePct()),
            NumberText.pValue(p.pValue()),
            p.flags().isEmpty() ? "" : p.flags().toString()
        }));
        StringBuilder s = new StringBuilder("Series of ").append(indicator).append(' ').append(unit).append(' ')
                .append(unitName).append(' ').append(group).append(", ").append(points.size()).append(' ')
                .append(granularity.name().toLowerCase(java.util.Locale.ROOT)).append(points.size() == 1 ? "" : "s")
                .append(" in ").append(span).append('\n').append(TextTable.render(lines));
        if (points.size() > SHOWN) {
            s.append("… ").append(points.size() - SHOWN).append(" more points\n");
        }
        return s.toString();
    }
}
