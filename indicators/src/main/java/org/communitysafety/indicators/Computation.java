package org.communitysafety.indicators;

import static org.communitysafety.indicators.Indicator.Source;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.RecordAggregation;
import org.communitysafety.core.aggregate.DisputeMeasure;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.aggregate.OutreachMeasure;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;

/**
 * The figures one computation derives its rows from: each record kind it needs aggregated once
 * over all its periods (one pass over the column store for the period and its baseline, or for
 * every period of a series and their year-earlier periods), rolled up the jurisdiction tree,
 * and read as an {@link Observation} per (indicator, unit, period, group). Periods are addressed
 * by their index in the list given. Not thread-safe to build; read-only (and safe to share
 * between threads) once {@link #zeroShares} has run.
 */
final class Computation {

    private final JurisdictionTree tree;
    private final List<Period> periods;
    private final long[] lengths;
    /** [period][unit]: the populations of each period's first year, −1 where unknown. */
    private final long[][] pops;
    /**
     * [period][measure ordinal]: the rolled-up incident cube that holds measure m of period p,
     * at index {@link #incidentSlot} of its periods: one cube for all, or, when the dense cubes
     * would be large ({@link #DENSE_INCIDENT_BYTES}), one a period and group of measures.
     */
    private Cube<IncidentMeasure>[][] incidents;
    private int[] incidentSlot;
    private Cube<DisputeMeasure> disputes;
    private Cube<OutreachMeasure> outreach;
    private ZeroShares zero;

    private Computation(ColumnarDataset data, List<Period> periods) {
        this.tree = data.tree();
        this.periods = List.copyOf(periods);
        int n = periods.size();
        this.lengths = new long[n];
        this.pops = new long[n][];
        for (int p = 0; p < n; p++) {
            Period q = periods.get(p);
            lengths[p] = q.lengthInDays();
            pops[p] = data.populations().resolve(tree, q.start().getYear());
        }
    }

    /**
     * Aggregates the record kinds behind {@code sources} over {@code periods}, which must be
     * distinct, in one pass per kind, and rolls the cubes up.
     */
    static Computation aggregate(ColumnarDataset data, List<Period> periods, Set<Source> sources, int threads) {
        return aggregate(data, periods, sources, threads, DENSE_INCIDENT_BYTES);
    }

    /**
     * Above this many bytes of dense incident cube (8 × 7 measures × units × periods ×
     * categories) the incidents are aggregated one period at a time and each period's cube is
     * made {@linkplain Cube#sparse() sparse} before it is rolled up: the aggregation's dense
     * arrays are then those of one period (1 GB for a million villages, not 2.1 GB for a year and
     * its baseline), held only until the sparse cube is made, and the rolled-up figures take
     * some 60 bytes a non-zero cell instead of a second dense copy. Each period's figures are
     * those of the joint pass: a record adds to the periods its days fall in, whatever the other
     * periods are. Below it (a city's 3,500 units: 7 MB), one pass over all periods, as fast as
     * ever. The extra passes over the store cost about a second each for 10 million incidents.
     */
    static final long DENSE_INCIDENT_BYTES = 256L << 20;

    /**
     * The measures the indicators read, in the groups aggregated together when the dense cubes
     * would be large: three measures a pass (COUNT is always held) keep a pass's dense arrays
     * at 450 MB for a million villages. The days-to-clear distributions come with CLEARANCES.
     */
    private static final List<Set<IncidentMeasure>> MEASURE_GROUPS = List.of(
            EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CLEARED, IncidentMeasure.REPEAT_CALLS),
            EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CLEARANCES),
            EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.LOSS_FEN, IncidentMeasure.RECOVERED_FEN));

    /** As above, with the threshold given: the tests set 0 to prove the per-period sparse path gives the same rows. */
    static Computation aggregate(ColumnarDataset data, List<Period> periods, Set<Source> sources, int threads,
            long denseIncidentBytes) {
        Computation c = new Computation(data, periods);
        PeriodIndex index = PeriodIndex.of(periods);
        if (sources.contains(Source.INCIDENTS) || sources.contains(Source.UNITS)) {
            int n = periods.size();
            c.incidentSlot = new int[n];
            long dense = 8L * IncidentMeasure.values().length * c.tree.size() * n
                    * Math.max(1, data.incidents().categoryCount());
            @SuppressWarnings("unchecked")
            Cube<IncidentMeasure>[][] cubes = new Cube[n][IncidentMeasure.values().length];
            if (dense <= denseIncidentBytes) {
                Cube<IncidentMeasure> all = IncidentAggregation.aggregate(data.incidents(), index, threads)
                        .rollUp(c.tree);
                for (int p = 0; p < n; p++) {
                    Arrays.fill(cubes[p], all);
                    c.incidentSlot[p] = p;
                }
            } else {
                for (int p = 0; p < n; p++) {
                    PeriodIndex one = PeriodIndex.of(List.of(periods.get(p)));
                    for (Set<IncidentMeasure> group : MEASURE_GROUPS) {
                        Cube<IncidentMeasure> cube = IncidentAggregation.aggregate(data.incidents(), one, group,
                                threads).sparse().rollUp(c.tree);
                        for (IncidentMeasure m : group) {
                            cubes[p][m.ordinal()] = cube;
                        }
                    }
                }
            }
            c.incidents = cubes;
        }
        if (sources.contains(Source.DISPUTES)) {
            c.disputes = RecordAggregation.aggregate(data.disputes(), index, threads).rollUp(c.tree);
        }
        if (sources.contains(Source.OUTREACH)) {
            c.outreach = RecordAggregation.aggregate(data.outreach(), index, threads).rollUp(c.tree);
        }
        return c;
    }

    /** Prepares the zero-incident shares of these groups, their expectations for the units in {@code scope}. */
    void zeroShares(List<Selector> selectors, int[] scope) {
        zero = ZeroShares.of(tree, pops, selectors, scope, (u, p, s) -> incident(IncidentMeasure.COUNT, u, p, s));
    }

    JurisdictionTree tree() {
        return tree;
    }

    Period period(int p) {
        return periods.get(p);
    }

    /** The length of period {@code p} in days: the exposure of a count's test. */
    long length(int p) {
        return lengths[p];
    }

    private long incident(IncidentMeasure m, int u, int p, Selector s) {
        Cube<IncidentMeasure> cube = incidents[p][m.ordinal()];
        int q = incidentSlot[p];
        if (s.index() >= 0) {
            return cube.get(m, u, q, s.index());
        }
        return s.mask() != null ? cube.sum(m, u, q, s.mask()) : cube.total(m, u, q);
    }

    private long dispute(DisputeMeasure m, int u, int p, Selector s) {
        return s.index() >= 0 ? disputes.get(m, u, p, s.index()) : disputes.total(m, u, p);
    }

    private long outreach(OutreachMeasure m, int u, int p, Selector s) {
        return s.index() >= 0 ? outreach.get(m, u, p, s.index()) : outreach.total(m, u, p);
    }

    /** The figure of an indicator for unit {@code u}, period {@code p} and group {@code s}. */
    Observation observe(Indicator indicator, int u, int p, Selector s) {
        long pop = pops[p][u];
        return switch (indicator) {
            case INCIDENTS_COUNT -> Observation.count(incident(IncidentMeasure.COUNT, u, p, s));
            case INCIDENTS_RATE_PER_10K -> {
                long x = incident(IncidentMeasure.COUNT, u, p, s);
                yield Observation.ratio(x, pop, 10_000, Flag.NO_POPULATION, x);
            }
            case INCIDENTS_CLEARANCE_RATE -> Observation.proportion(incident(IncidentMeasure.CLEARED, u, p, s),
                    incident(IncidentMeasure.COUNT, u, p, s));
            case INCIDENTS_CLEARANCES_IN_PERIOD_RATE -> Observation.proportion(
                    incident(IncidentMeasure.CLEARANCES, u, p, s), incident(IncidentMeasure.COUNT, u, p, s));
            case INCIDENTS_REPEAT_CALL_RATE -> Observation.proportion(incident(IncidentMeasure.REPEAT_CALLS, u, p, s),
                    incident(IncidentMeasure.COUNT, u, p, s));
            case INCIDENTS_MEDIAN_DAYS_TO_CLEAR -> Observation.median(
                    incidents[p][IncidentMeasure.CLEARANCES.ordinal()].distribution(u, incidentSlot[p]));
            case INCIDENTS_LOSS -> Observation.amount(incident(IncidentMeasure.LOSS_FEN, u, p, s),
                    incident(IncidentMeasure.COUNT, u, p, s));
            case INCIDENTS_RECOVERED -> Observation.amount(incident(IncidentMeasure.RECOVERED_FEN, u, p, s),
                    incident(IncidentMeasure.COUNT, u, p, s));
            case UNITS_ZERO_INCIDENT_SHARE -> zero.share(u, p, s);
            case UNITS_EXPECTED_ZERO_SHARE -> zero.expected(u, p, s);
            case DISPUTES_COUNT -> Observation.count(dispute(DisputeMeasure.RECEIVED, u, p, s));
            case DISPUTES_RESOLUTION_RATE -> Observation.proportion(dispute(DisputeMeasure.RESOLVED, u, p, s),
                    dispute(DisputeMeasure.RECEIVED, u, p, s));
            case DISPUTES_SUCCESS_RATE -> Observation.proportion(dispute(DisputeMeasure.RESOLVED, u, p, s),
                    dispute(DisputeMeasure.CONCLUDED_OF_RECEIVED, u, p, s));
            case DISPUTES_CONCLUSION_RATE -> Observation.proportion(
                    dispute(DisputeMeasure.CONCLUDED_OF_RECEIVED, u, p, s), dispute(DisputeMeasure.RECEIVED, u, p, s));
            case DISPUTES_OPENING_BACKLOG -> Observation.count(dispute(DisputeMeasure.OPENING_BACKLOG, u, p, s));
            case DISPUTES_CONCLUDED -> Observation.count(dispute(DisputeMeasure.CONCLUDED, u, p, s));
            case DISPUTES_BACKLOG -> Observation.count(dispute(DisputeMeasure.CLOSING_BACKLOG, u, p, s));
            case DISPUTES_OLD_BACKLOG -> Observation.count(dispute(DisputeMeasure.OLD_BACKLOG, u, p, s));
            case DISPUTES_MEDIAN_DAYS_TO_CLOSE -> Observation.median(disputes.distribution(u, p));
            case DISPUTES_AMOUNT -> Observation.amount(dispute(DisputeMeasure.AMOUNT_FEN, u, p, s),
                    dispute(DisputeMeasure.RECEIVED, u, p, s));
            case OUTREACH_SESSIONS -> Observation.count(outreach(OutreachMeasure.SESSIONS, u, p, s));
            case OUTREACH_AUDIENCE -> Observation.sum(outreach(OutreachMeasure.AUDIENCE, u, p, s));
            case OUTREACH_HOUSEHOLDS -> Observation.sum(outreach(OutreachMeasure.HOUSEHOLDS, u, p, s));
            case OUTREACH_LEADS -> Observation.count(outreach(OutreachMeasure.LEADS, u, p, s));
            case OUTREACH_FRAUDS_STOPPED -> Observation.count(outreach(OutreachMeasure.FRAUDS_STOPPED, u, p, s));
            case OUTREACH_LOSS_AVOIDED -> Observation.amount(outreach(OutreachMeasure.LOSS_AVOIDED_FEN, u, p, s),
                    outreach(OutreachMeasure.SESSIONS, u, p, s));
            case OUTREACH_AUDIENCE_PER_CAPITA -> Observation.ratio(outreach(OutreachMeasure.AUDIENCE, u, p, s), pop, 1,
                    Flag.NO_POPULATION, -1);
            case OUTREACH_HAZARD_FIX_RATE -> Observation.proportion(outreach(OutreachMeasure.HAZARDS_FIXED, u, p, s),
                    outreach(OutreachMeasure.HAZARDS_FOUND, u, p, s));
        };
    }
}
