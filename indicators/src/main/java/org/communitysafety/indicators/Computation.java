package org.communitysafety.indicators;

import static org.communitysafety.indicators.Indicator.Source;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.DayDistribution;
import org.communitysafety.core.aggregate.DisputeMeasure;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.aggregate.OutreachMeasure;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;

/**
 * The figures one computation derives its rows from: the rolled-up cubes of each record kind it
 * needs ({@link Aggregates}: made elsewhere, or aggregated here once over all its periods — one
 * pass over the column store for the period and its baseline, or for every period of a series
 * and their year-earlier periods), read as an {@link Observation} per (indicator, unit, period,
 * group). Periods are addressed
 * by their index in the list given. Not thread-safe to build; read-only (and safe to share
 * between threads) once {@link #zeroShares} has run.
 */
final class Computation {

    private final JurisdictionTree tree;
    private final List<Period> periods;
    private final long[] lengths;
    /** [period][unit]: the populations of each period's first year, −1 where unknown. */
    private final long[][] pops;
    private final Slots<IncidentMeasure> incidents;
    private final Slots<DisputeMeasure> disputes;
    private final Slots<OutreachMeasure> outreach;
    private ZeroShares zero;

    private Computation(Aggregates cubes, List<Period> periods) {
        this.tree = cubes.tree();
        this.periods = List.copyOf(periods);
        int n = periods.size();
        this.lengths = new long[n];
        this.pops = new long[n][];
        for (int p = 0; p < n; p++) {
            Period q = periods.get(p);
            lengths[p] = q.lengthInDays();
            pops[p] = cubes.populations().resolve(tree, q.start().getYear());
        }
        this.incidents = new Slots<>("incident", cubes.incidents(), this.periods, IncidentMeasure.values());
        this.disputes = new Slots<>("dispute", cubes.disputes(), this.periods, DisputeMeasure.values());
        this.outreach = new Slots<>("outreach", cubes.outreach(), this.periods, OutreachMeasure.values());
    }

    /**
     * The figures of {@code periods} (distinct) from these cubes, which must hold, for each record
     * kind behind {@code sources}, its first measure (the record count) in every period.
     *
     * @throws IllegalArgumentException naming the kind and the period when no cube holds it
     */
    static Computation of(Aggregates cubes, List<Period> periods, Set<Source> sources) {
        Computation c = new Computation(cubes, periods);
        if (sources.contains(Source.INCIDENTS) || sources.contains(Source.UNITS)) {
            c.incidents.require(IncidentMeasure.COUNT, "withIncidents");
        }
        if (sources.contains(Source.DISPUTES)) {
            c.disputes.require(DisputeMeasure.RECEIVED, "withDisputes");
        }
        if (sources.contains(Source.OUTREACH)) {
            c.outreach.require(OutreachMeasure.SESSIONS, "withOutreach");
        }
        return c;
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
     * categories) the incidents are aggregated into a {@linkplain Cube#sparse() sparse} cube of
     * the six measures the indicators read ({@code IncidentAggregation.aggregateSparse}: ranges
     * of units in a dense scratch of 512 KB a measure, so no dense array of the whole tree, where
     * the dense passes of a million villages took 445 MB each), and the rolled-up figures take
     * about 50 bytes a non-zero cell instead of a dense copy. The figures are those of the dense
     * pass. Below it (a city's 3,500 units: 7 MB), one dense pass, as fast as ever.
     */
    static final long DENSE_INCIDENT_BYTES = 256L << 20;

    /** As above, with the threshold given: the tests set 0 to prove the per-period sparse path gives the same rows. */
    static Computation aggregate(ColumnarDataset data, List<Period> periods, Set<Source> sources, int threads,
            long denseIncidentBytes) {
        return of(Aggregates.of(data, periods, sources, threads, denseIncidentBytes), periods, sources);
    }

    /**
     * The figures of one indicator over {@code periods}: as {@link #aggregate(ColumnarDataset,
     * List, Set, int)} for its source, with the incident cube holding only the measures it reads
     * ({@link #incidentMeasures}). For series, whose periods are dozens of months.
     */
    static Computation aggregate(ColumnarDataset data, List<Period> periods, Indicator indicator, int threads) {
        Set<Source> sources = EnumSet.of(indicator.source());
        return of(Aggregates.of(data, periods, sources, incidentMeasures(indicator), threads, DENSE_INCIDENT_BYTES),
                periods, sources);
    }

    /**
     * The incident measures {@link #observe} reads for {@code indicator}: {@code COUNT} and the
     * one its figure is made of; every measure for the zero-incident shares (and for an incident
     * indicator not listed here); {@code COUNT} alone, which every incident cube holds, for the
     * other kinds' indicators, which read no incident cube.
     */
    static Set<IncidentMeasure> incidentMeasures(Indicator indicator) {
        if (indicator.source() == Source.DISPUTES || indicator.source() == Source.OUTREACH) {
            return EnumSet.of(IncidentMeasure.COUNT);
        }
        return switch (indicator) {
            case INCIDENTS_COUNT, INCIDENTS_RATE_PER_10K -> EnumSet.of(IncidentMeasure.COUNT);
            case INCIDENTS_CLEARANCE_RATE -> EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CLEARED);
            case INCIDENTS_CLEARANCES_IN_PERIOD_RATE, INCIDENTS_MEDIAN_DAYS_TO_CLEAR ->
                    EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CLEARANCES);
            case INCIDENTS_REPEAT_CALL_RATE -> EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.REPEAT_CALLS);
            case INCIDENTS_LOSS -> EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.LOSS_FEN);
            case INCIDENTS_RECOVERED -> EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.RECOVERED_FEN);
            default -> EnumSet.allOf(IncidentMeasure.class);
        };
    }

    /**
     * Where each (measure, period) of one record kind is read: the first of the kind's cubes that
     * holds both, and the period's index in it; null where none does.
     */
    private static final class Slots<M extends Enum<M>> {
        private final String kind;
        private final List<Period> periods;
        private final List<Cube<M>> cubes;
        private final Cube<M>[][] cube;
        private final int[][] slot;

        @SuppressWarnings("unchecked")
        Slots(String kind, List<Cube<M>> cubes, List<Period> periods, M[] measures) {
            this.kind = kind;
            this.periods = periods;
            this.cubes = cubes;
            this.cube = new Cube[periods.size()][measures.length];
            this.slot = new int[periods.size()][measures.length];
            for (int p = 0; p < periods.size(); p++) {
                for (M m : measures) {
                    for (Cube<M> c : cubes) {
                        if (c.has(m) && c.periods().periods().contains(periods.get(p))) {
                            cube[p][m.ordinal()] = c;
                            slot[p][m.ordinal()] = c.periods().indexOf(periods.get(p));
                            break;
                        }
                    }
                }
            }
        }

        /** Throws unless every period has a cube holding {@code m}. */
        void require(M m, String method) {
            for (int p = 0; p < periods.size(); p++) {
                if (cube[p][m.ordinal()] == null) {
                    throw new IllegalArgumentException(missing(m, p) + "; add one with Aggregates." + method);
                }
            }
        }

        private String missing(M m, int p) {
            return cubes.isEmpty() ? "no " + kind + " cube to compute from"
                    : "no " + kind + " cube holds " + m + " for " + periods.get(p) + " (the " + kind + " cubes hold "
                            + cubes.stream().map(c -> c.measures() + " for " + c.periods().periods()).distinct()
                                    .toList()
                            + ")";
        }

        Cube<M> cube(M m, int p) {
            Cube<M> c = cube[p][m.ordinal()];
            if (c == null) {
                throw new IllegalArgumentException(missing(m, p));
            }
            return c;
        }

        int slot(M m, int p) {
            return slot[p][m.ordinal()];
        }

        long figure(M m, int u, int p, Selector s) {
            Cube<M> c = cube(m, p);
            int q = slot[p][m.ordinal()];
            if (s.index() >= 0) {
                return c.get(m, u, q, s.index());
            }
            return s.mask() != null ? c.sum(m, u, q, s.mask()) : c.total(m, u, q);
        }

        DayDistribution distribution(M m, int u, int p) {
            return cube(m, p).distribution(u, slot[p][m.ordinal()]);
        }
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
        return incidents.figure(m, u, p, s);
    }

    private long dispute(DisputeMeasure m, int u, int p, Selector s) {
        return disputes.figure(m, u, p, s);
    }

    private long outreach(OutreachMeasure m, int u, int p, Selector s) {
        return outreach.figure(m, u, p, s);
    }

    /** The figure of an indicator for unit {@code u}, period {@code p} and group {@code s}, in a new observation. */
    Observation observe(Indicator indicator, int u, int p, Selector s) {
        return observe(indicator, u, p, s, new Observation());
    }

    /** The figure of an indicator for unit {@code u}, period {@code p} and group {@code s}, set in {@code into}. */
    Observation observe(Indicator indicator, int u, int p, Selector s, Observation into) {
        long pop = pops[p][u];
        return switch (indicator) {
            case INCIDENTS_COUNT -> into.count(incident(IncidentMeasure.COUNT, u, p, s));
            case INCIDENTS_RATE_PER_10K -> {
                long x = incident(IncidentMeasure.COUNT, u, p, s);
                yield into.ratio(x, pop, 10_000, Flag.NO_POPULATION, x);
            }
            case INCIDENTS_CLEARANCE_RATE -> into.proportion(incident(IncidentMeasure.CLEARED, u, p, s),
                    incident(IncidentMeasure.COUNT, u, p, s));
            case INCIDENTS_CLEARANCES_IN_PERIOD_RATE -> into.proportion(
                    incident(IncidentMeasure.CLEARANCES, u, p, s), incident(IncidentMeasure.COUNT, u, p, s));
            case INCIDENTS_REPEAT_CALL_RATE -> into.proportion(incident(IncidentMeasure.REPEAT_CALLS, u, p, s),
                    incident(IncidentMeasure.COUNT, u, p, s));
            case INCIDENTS_MEDIAN_DAYS_TO_CLEAR -> into.median(
                    incidents.distribution(IncidentMeasure.CLEARANCES, u, p));
            case INCIDENTS_LOSS -> into.amount(incident(IncidentMeasure.LOSS_FEN, u, p, s),
                    incident(IncidentMeasure.COUNT, u, p, s));
            case INCIDENTS_RECOVERED -> into.amount(incident(IncidentMeasure.RECOVERED_FEN, u, p, s),
                    incident(IncidentMeasure.COUNT, u, p, s));
            case UNITS_ZERO_INCIDENT_SHARE -> zero.share(u, p, s, into);
            case UNITS_EXPECTED_ZERO_SHARE -> zero.expected(u, p, s, into);
            case DISPUTES_COUNT -> into.count(dispute(DisputeMeasure.RECEIVED, u, p, s));
            case DISPUTES_RESOLUTION_RATE -> into.proportion(dispute(DisputeMeasure.RESOLVED, u, p, s),
                    dispute(DisputeMeasure.RECEIVED, u, p, s));
            case DISPUTES_SUCCESS_RATE -> into.proportion(dispute(DisputeMeasure.RESOLVED, u, p, s),
                    dispute(DisputeMeasure.CONCLUDED_OF_RECEIVED, u, p, s));
            case DISPUTES_CONCLUSION_RATE -> into.proportion(
                    dispute(DisputeMeasure.CONCLUDED_OF_RECEIVED, u, p, s), dispute(DisputeMeasure.RECEIVED, u, p, s));
            case DISPUTES_OPENING_BACKLOG -> into.count(dispute(DisputeMeasure.OPENING_BACKLOG, u, p, s));
            case DISPUTES_CONCLUDED -> into.count(dispute(DisputeMeasure.CONCLUDED, u, p, s));
            case DISPUTES_BACKLOG -> into.count(dispute(DisputeMeasure.CLOSING_BACKLOG, u, p, s));
            case DISPUTES_OLD_BACKLOG -> into.count(dispute(DisputeMeasure.OLD_BACKLOG, u, p, s));
            case DISPUTES_MEDIAN_DAYS_TO_CLOSE -> into.median(
                    disputes.distribution(DisputeMeasure.CONCLUDED, u, p));
            case DISPUTES_AMOUNT -> into.amount(dispute(DisputeMeasure.AMOUNT_FEN, u, p, s),
                    dispute(DisputeMeasure.RECEIVED, u, p, s));
            case OUTREACH_SESSIONS -> into.count(outreach(OutreachMeasure.SESSIONS, u, p, s));
            case OUTREACH_AUDIENCE -> into.sum(outreach(OutreachMeasure.AUDIENCE, u, p, s));
            case OUTREACH_HOUSEHOLDS -> into.sum(outreach(OutreachMeasure.HOUSEHOLDS, u, p, s));
            case OUTREACH_LEADS -> into.count(outreach(OutreachMeasure.LEADS, u, p, s));
            case OUTREACH_FRAUDS_STOPPED -> into.count(outreach(OutreachMeasure.FRAUDS_STOPPED, u, p, s));
            case OUTREACH_LOSS_AVOIDED -> into.amount(outreach(OutreachMeasure.LOSS_AVOIDED_FEN, u, p, s),
                    outreach(OutreachMeasure.SESSIONS, u, p, s));
            case OUTREACH_AUDIENCE_PER_CAPITA -> into.ratio(outreach(OutreachMeasure.AUDIENCE, u, p, s), pop, 1,
                    Flag.NO_POPULATION, -1);
            case OUTREACH_HAZARD_FIX_RATE -> into.proportion(outreach(OutreachMeasure.HAZARDS_FIXED, u, p, s),
                    outreach(OutreachMeasure.HAZARDS_FOUND, u, p, s));
        };
    }
}
