package org.communitysafety.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.indicators.stats.Funnel;
import org.communitysafety.indicators.stats.Interval;
import org.communitysafety.indicators.stats.Multiplicity;
import org.communitysafety.indicators.stats.Tests;

/**
 * Units ranked by an indicator, with their place on a funnel plot: which units truly stand out
 * from the overall value, rather than merely being small. Immutable and thread-safe.
 *
 * <p>The overall value (the funnel's target) is pooled over the ranked units: Σ numerators / Σ
 * denominators. For each unit with denominator n the 95% and 99.8% control limits around the
 * target are exact binomial (proportions) or Poisson (rates per population) limits with
 * Spiegelhalter's interpolation (Spiegelhalter 2005, "Funnel plots for comparing institutional
 * performance", Stat Med 24:1185–1202), the method public-health indicator publishers use; they
 * are what a plot draws. A unit's position is decided by the exact tail probability of its count
 * under the target ({@code FunnelRule}: above the 99.8% limit when P(X ≥ x) &lt; 0.001), which
 * the interpolated limits approximate except near x = 0 and x = n. A unit outside the 99.8%
 * limits is a strong signal; outside the 95% limits, 1 in 20 units would be by chance alone.
 *
 * <p>Each unit also gets the two-sided p-value of its count against the target (R's
 * {@code binom.test(x, n, target)} for proportions, {@code poisson.test(x, n, target)} for rates)
 * and, because many units are tested at once, its Benjamini–Hochberg adjusted p-value
 * ({@code p.adjust(p, "BH")}), which controls the false discovery rate over the ranked units.
 *
 * <p>Indicators without a denominator (counts, amounts, medians) are ranked by value only.
 */
public final class Ranking {

    /** Where a unit lies on the funnel plot. */
    public enum Position {
        /** Above the 99.8% upper limit. */
        ABOVE_998,
        /** Above the 95% upper limit, within the 99.8%. */
        ABOVE_95,
        /** Within the 95% limits. */
        INSIDE,
        /** Below the 95% lower limit, within the 99.8%. */
        BELOW_95,
        /** Below the 99.8% lower limit. */
        BELOW_998,
        /** No funnel: the indicator has no denominator, or the unit's value is undefined or withheld. */
        NOT_APPLICABLE
    }

    /**
     * A ranked unit.
     *
     * @param rank      1 for the highest value; units without a value come last, ranked 0
     * @param row       the unit's result row
     * @param limits95  the 95% control limits at the unit's denominator, in the row's unit
     * @param limits998 the 99.8% control limits
     * @param position  where the unit lies
     * @param pValue    the unit against the target: the two-sided exact p-value
     * @param pAdjusted the Benjamini–Hochberg adjusted p-value over the ranked units
     */
    public record Entry(int rank, IndicatorRow row, Optional<Interval> limits95, Optional<Interval> limits998,
            Position position, OptionalDouble pValue, OptionalDouble pAdjusted) {
        /** Checks that nothing is null. */
        public Entry {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(limits95, "limits95");
            Objects.requireNonNull(limits998, "limits998");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(pValue, "pValue");
            Objects.requireNonNull(pAdjusted, "pAdjusted");
        }

        /** The lower 95% control limit, in the row's unit; empty without a funnel. */
        public OptionalDouble lower95() {
            return limits95.isPresent() ? OptionalDouble.of(limits95.get().lower()) : OptionalDouble.empty();
        }

        /** The upper 95% control limit, in the row's unit; empty without a funnel. */
        public OptionalDouble upper95() {
            return limits95.isPresent() ? OptionalDouble.of(limits95.get().upper()) : OptionalDouble.empty();
        }

        /** The lower 99.8% control limit, in the row's unit; empty without a funnel. */
        public OptionalDouble lower998() {
            return limits998.isPresent() ? OptionalDouble.of(limits998.get().lower()) : OptionalDouble.empty();
        }

        /** The upper 99.8% control limit, in the row's unit; empty without a funnel. */
        public OptionalDouble upper998() {
            return limits998.isPresent() ? OptionalDouble.of(limits998.get().upper()) : OptionalDouble.empty();
        }

        /** Whether the unit lies outside the 99.8% limits, or outside the 95% limits when {@code at95}. */
        public boolean isOutlier(boolean at95) {
            return position == Position.ABOVE_998 || position == Position.BELOW_998
                    || (at95 && (position == Position.ABOVE_95 || position == Position.BELOW_95));
        }
    }

    private final Indicator indicator;
    private final Group group;
    private final OptionalDouble target;
    private final List<Entry> entries;
    private final FunnelLimits limits;

    private Ranking(Indicator indicator, Group group, OptionalDouble target, List<Entry> entries, FunnelLimits limits) {
        this.indicator = indicator;
        this.group = group;
        this.target = target;
        this.entries = List.copyOf(entries);
        this.limits = limits;
    }

    /** Ranks the children of {@code parent} (by unit code) in {@code results}. */
    public static Ranking children(Results results, String indicator, String parent, String group,
            org.communitysafety.core.jurisdiction.JurisdictionTree tree) {
        return children(results, Indicator.of(indicator), parent, Group.parse(group), tree);
    }

    /**
     * Ranks the children of {@code parent} (by unit code, or by name when no other unit has it) in
     * {@code results}.
     *
     * @throws IllegalArgumentException for an unknown or ambiguous parent, as {@link Indicators#unit} says
     */
    public static Ranking children(Results results, Indicator indicator, String parent, Group group,
            org.communitysafety.core.jurisdiction.JurisdictionTree tree) {
        return children(results, indicator, parent, group, tree, FunnelLimits.EXACT);
    }

    /**
     * As {@link #children(Results, Indicator, String, Group, org.communitysafety.core.jurisdiction.JurisdictionTree)},
     * a proportion's funnel limits and positions by {@code limits} (exact tails, or PHE's score
     * limits: {@link FunnelLimits}).
     */
    public static Ranking children(Results results, Indicator indicator, String parent, Group group,
            org.communitysafety.core.jurisdiction.JurisdictionTree tree, FunnelLimits limits) {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(parent, "parent");
        int p = tree.indexOf(Units.code(tree, parent));
        java.util.Set<String> children = new java.util.HashSet<>();
        for (int c : tree.children(p)) {
            children.add(tree.unit(c).code());
        }
        return of(results.indicator(indicator).group(group).filter(r -> children.contains(r.unit())), indicator,
                group, limits);
    }

    /** Ranks every unit at {@code level} in {@code results}. */
    public static Ranking level(Results results, String indicator, Level level, String group) {
        return level(results, Indicator.of(indicator), level, Group.parse(group));
    }

    /** Ranks every unit at {@code level} in {@code results}. */
    public static Ranking level(Results results, Indicator indicator, Level level, Group group) {
        return of(results.indicator(indicator).group(group).level(level), indicator, group);
    }

    /** Ranks the rows of {@code results}, which must all be of {@code indicator} and {@code group}. */
    public static Ranking of(Results rows, String indicator, String group) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(group, "group");
        return of(rows, Indicator.of(indicator), Group.parse(group));
    }

    /**
     * Ranks the rows of {@code results}, which must all be of {@code indicator} and {@code group}.
     *
     * @throws IllegalArgumentException naming the first row of another indicator or group
     */
    public static Ranking of(Results rows, Indicator ind, Group g) {
        return of(rows, ind, g, FunnelLimits.EXACT);
    }

    /**
     * Ranks the rows of {@code results} as {@link #of(Results, Indicator, Group)} does, a
     * proportion's funnel limits and positions by {@code limits}: the exact tails, or PHE
     * Fingertips' score limits ({@link FunnelLimits}).
     */
    public static Ranking of(Results rows, Indicator ind, Group g, FunnelLimits limits) {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(ind, "indicator");
        Objects.requireNonNull(g, "group");
        for (IndicatorRow r : rows) {
            if (r.indicator() != ind || !r.group().equals(g)) {
                throw new IllegalArgumentException("ranking " + ind + " for " + g + " but the rows include " + r);
            }
        }
        boolean funnel = ind.statistic() == Indicator.Statistic.PROPORTION
                || ind.statistic() == Indicator.Statistic.POISSON_RATE;
        long num = 0;
        long den = 0;
        for (IndicatorRow r : rows) {
            if (r.numerator().isPresent() && r.denominator().isPresent()) {
                num += r.numerator().getAsLong();
                den += r.denominator().getAsLong();
            }
        }
        OptionalDouble target = funnel && den > 0 ? OptionalDouble.of((double) num / den) : OptionalDouble.empty();
        List<IndicatorRow> sorted = new ArrayList<>(rows.rows());
        sorted.sort(Comparator.comparing((IndicatorRow r) -> r.value().isEmpty())
                .thenComparing(r -> -r.value().orElse(0))
                .thenComparing(IndicatorRow::unit));
        List<Entry> entries = new ArrayList<>();
        double[] p = new double[sorted.size()];
        int tested = 0;
        int[] testedAt = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            IndicatorRow r = sorted.get(i);
            int rank = r.value().isPresent() ? i + 1 : 0;
            Optional<Interval> l95 = Optional.empty();
            Optional<Interval> l998 = Optional.empty();
            Position position = Position.NOT_APPLICABLE;
            OptionalDouble pv = OptionalDouble.empty();
            if (target.isPresent() && r.value().isPresent() && r.numerator().isPresent()
                    && r.denominator().orElse(0) > 0) {
                double t = target.getAsDouble();
                long x = r.numerator().getAsLong();
                long n = r.denominator().getAsLong();
                double scale = ind.unit() == Indicator.Unit.PER_10K ? 10_000 : 1;
                if (ind.statistic() == Indicator.Statistic.PROPORTION && t > 0 && t < 1) {
                    l95 = Optional.of(limits.proportionLimits(t, n, Funnel.INNER));
                    l998 = Optional.of(limits.proportionLimits(t, n, Funnel.OUTER));
                    pv = Tests.binomial(x, n, t, 0.95).map(tr -> OptionalDouble.of(tr.pValue()))
                            .orElse(OptionalDouble.empty());
                } else if (ind.statistic() == Indicator.Statistic.POISSON_RATE && t > 0) {
                    l95 = Optional.of(scaled(Funnel.rateLimits(t, n, 0.95), scale));
                    l998 = Optional.of(scaled(Funnel.rateLimits(t, n, 0.998), scale));
                    pv = OptionalDouble.of(Tests.poisson(x, n, t, 0.95).pValue());
                }
                if (l95.isPresent()) {
                    FunnelRule.Position rule = ind.statistic() == Indicator.Statistic.PROPORTION
                            ? FunnelRule.proportion(x, n, t, limits)
                            : FunnelRule.rate(x, n, t);
                    position = Position.valueOf(rule.name());
                }
            }
            if (pv.isPresent()) {
                testedAt[tested] = i;
                p[tested++] = pv.getAsDouble();
            }
            entries.add(new Entry(rank, r, l95, l998, position, pv, OptionalDouble.empty()));
        }
        double[] adjusted = Multiplicity.benjaminiHochberg(java.util.Arrays.copyOf(p, tested));
        for (int k = 0; k < tested; k++) {
            Entry e = entries.get(testedAt[k]);
            entries.set(testedAt[k], new Entry(e.rank(), e.row(), e.limits95(), e.limits998(), e.position(),
                    e.pValue(), OptionalDouble.of(adjusted[k])));
        }
        return new Ranking(ind, g, target, entries, limits);
    }

    private static Interval scaled(Interval i, double scale) {
        return scale == 1 ? i : new Interval(i.lower() * scale, i.upper() * scale, i.method(), i.confidence());
    }

    /** The indicator ranked. */
    public Indicator indicator() {
        return indicator;
    }

    /** The group ranked. */
    public Group group() {
        return group;
    }

    /** The funnel's target, pooled over the ranked units, in the indicator's unit; empty without a funnel. */
    public OptionalDouble target() {
        return target.isPresent() && indicator.unit() == Indicator.Unit.PER_10K
                ? OptionalDouble.of(target.getAsDouble() * 10_000)
                : target;
    }

    /**
     * The control-limit curve of this ranking's funnel plot at {@code level}: around the
     * {@link #target()}, over the denominators of the entries with a value, from 0.8 × the
     * smallest (at least 1) to 1.2 × the largest, at {@code samples} points evenly spaced on a
     * log scale ({@link FunnelCurve}). Empty when there is no funnel (no target, or no entry with a
     * value and a denominator, or a target of 0, or of 1 for a proportion, around which there is no
     * funnel).
     */
    public Optional<FunnelCurve> funnelCurve(double level, int samples) {
        long[] dens = entries.stream()
                .filter(e -> e.row().value().isPresent() && e.row().denominator().orElse(0) > 0)
                .mapToLong(e -> e.row().denominator().getAsLong())
                .toArray();
        boolean proportion = indicator.statistic() == Indicator.Statistic.PROPORTION;
        if (target().isEmpty() || dens.length == 0 || target().getAsDouble() <= 0
                || proportion && target().getAsDouble() >= 1) {
            return Optional.empty();
        }
        long min = Arrays.stream(dens).min().orElseThrow();
        long max = Arrays.stream(dens).max().orElseThrow();
        double from = Math.max(1, min * 0.8);
        double to = max * 1.2;
        return Optional.of(FunnelCurve.of(indicator, target().getAsDouble(), level, from, to, samples, limits));
    }

    /** The entries, highest value first. */
    public List<Entry> entries() {
        return entries;
    }

    /** The units outside the 99.8% limits (or the 95% ones when {@code at95}), highest first. */
    public List<Entry> outliers(boolean at95) {
        return entries.stream().filter(e -> e.isOutlier(at95)).toList();
    }

    /** The ranking as a text table. */
    @Override
    public String toString() {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"rank", "unit", "name", "value", "95% limits", "position", "p", "p (BH)"});
        for (Entry e : entries) {
            IndicatorRow r = e.row();
            lines.add(new String[] {
                e.rank() == 0 ? "" : Integer.toString(e.rank()), r.unit(), r.unitName(),
                NumberText.value(r.value()),
                NumberText.interval(e.lower95(), e.upper95()),
                e.position() == Position.NOT_APPLICABLE ? "" : e.position().name().toLowerCase(Locale.ROOT),
                NumberText.pValue(e.pValue()),
                NumberText.pValue(e.pAdjusted())
            });
        }
        return "Ranking of " + indicator + " (" + group + "), " + entries.size() + " units"
                + (target().isPresent() ? ", overall " + NumberText.number(target().getAsDouble()) : "") + "\n"
                + TextTable.render(lines);
    }
}
