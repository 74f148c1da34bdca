package org.communitysafety.indicators;

import static org.communitysafety.indicators.Indicator.Source;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.DisputeMeasure;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.aggregate.OutreachMeasure;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.aggregate.RecordAggregation;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Populations;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * What the indicator catalogue is computed from, however it was made: the jurisdiction tree, the
 * incident taxonomy, the populations, and the cubes of each record kind — aggregated here from a
 * {@link ColumnarDataset} ({@link #of(ColumnarDataset, List, int)}, which is what
 * {@link Indicators#of(ColumnarDataset)} does for each computation), or elsewhere and merged: by
 * a Spark job over a warehouse's partitions, read back with {@code CubeCodec}, or added up month
 * by month ({@link Cube#plus}). Immutable; each {@code with…} returns a new value.
 *
 * <pre>{@code
 * var cubes = Aggregates.of(tree, taxonomy, populations)
 *         .withIncidents(incidentCube)            // e.g. CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS)
 *         .withDisputes(disputeCube);
 * Results rows = Indicators.of(cubes).period("2024").compareYearOnYear().compute();
 * }</pre>
 *
 * <p>A cube is rolled up the tree when it is added, unless it already is. A kind may have
 * several cubes — one a year, or one a group of measures: a figure of measure {@code m} in
 * period {@code p} is read from the first cube of its kind that holds both. The rows are those
 * of the same records aggregated in one pass, byte for byte: a cube's figures of a period do not
 * depend on the other periods aggregated with it. A computation needs, for each record kind it
 * reports, the kind's cubes over its period and its baseline; one that is missing is an error
 * naming the kind, the measure and the period, before any row is computed.
 */
public final class Aggregates {

    private final JurisdictionTree tree;
    private final Taxonomy taxonomy;
    private final Populations populations;
    private final List<Cube<IncidentMeasure>> incidents;
    private final List<Cube<DisputeMeasure>> disputes;
    private final List<Cube<OutreachMeasure>> outreach;

    private Aggregates(JurisdictionTree tree, Taxonomy taxonomy, Populations populations,
            List<Cube<IncidentMeasure>> incidents, List<Cube<DisputeMeasure>> disputes,
            List<Cube<OutreachMeasure>> outreach) {
        this.tree = tree;
        this.taxonomy = taxonomy;
        this.populations = populations;
        this.incidents = List.copyOf(incidents);
        this.disputes = List.copyOf(disputes);
        this.outreach = List.copyOf(outreach);
    }

    /** The reference data with no cubes yet: add them with {@link #withIncidents} and the like. */
    public static Aggregates of(JurisdictionTree tree, Taxonomy taxonomy, Populations populations) {
        return new Aggregates(Objects.requireNonNull(tree, "tree"), Objects.requireNonNull(taxonomy, "taxonomy"),
                Objects.requireNonNull(populations, "populations"), List.of(), List.of(), List.of());
    }

    /**
     * The cubes of every record kind of {@code data} over {@code periods} (distinct), each kind
     * aggregated in one pass on up to {@code threads} threads and rolled up.
     */
    public static Aggregates of(ColumnarDataset data, List<Period> periods, int threads) {
        return of(data, periods, EnumSet.allOf(Source.class), threads, Computation.DENSE_INCIDENT_BYTES);
    }

    /**
     * The incident measures the indicators read (not CRIMINAL), aggregated when the dense cube
     * would be large: in one sparse pass over every period ({@link
     * IncidentAggregation#aggregateSparse}: by ranges of units, with no dense array of the whole
     * tree), with the days-to-clear distributions (CLEARANCES). Until the passes needed no dense
     * array of the tree they went a period and three of these measures at a time: six passes,
     * six cubes, 25–40 % more time computing the tree1m report, the same figures.
     */
    private static final Set<IncidentMeasure> MEASURES_READ = EnumSet.of(IncidentMeasure.COUNT,
            IncidentMeasure.CLEARED, IncidentMeasure.REPEAT_CALLS, IncidentMeasure.CLEARANCES,
            IncidentMeasure.LOSS_FEN, IncidentMeasure.RECOVERED_FEN);

    /**
     * The cubes of the record kinds behind {@code sources} over {@code periods}: one pass per
     * kind, or, for incidents whose dense cube would pass {@code denseIncidentBytes} (see
     * {@link Computation#DENSE_INCIDENT_BYTES}), one sparse cube of the measures read.
     */
    static Aggregates of(ColumnarDataset data, List<Period> periods, Set<Source> sources, int threads,
            long denseIncidentBytes) {
        return of(data, periods, sources, EnumSet.allOf(IncidentMeasure.class), threads, denseIncidentBytes);
    }

    /**
     * As above, with the incident cube holding only {@code incidentMeasures} (which must include
     * {@code COUNT}): for one indicator's series ({@link Computation#incidentMeasures}), whose
     * cube over dozens of months would otherwise hold every measure — at 10M incidents the monthly
     * series of the report's trend chart, 48 months, made a dense cube of 160 MB and its rolled-up
     * copy, where its counts alone take 23 MB.
     */
    static Aggregates of(ColumnarDataset data, List<Period> periods, Set<Source> sources,
            Set<IncidentMeasure> incidentMeasures, int threads, long denseIncidentBytes) {
        Objects.requireNonNull(data, "data");
        PeriodIndex index = PeriodIndex.of(periods);
        JurisdictionTree tree = data.tree();
        List<Cube<IncidentMeasure>> incidents = new ArrayList<>();
        if (sources.contains(Source.INCIDENTS) || sources.contains(Source.UNITS)) {
            long dense = 8L * incidentMeasures.size() * tree.size() * periods.size()
                    * Math.max(1, data.incidents().categoryCount());
            if (dense <= denseIncidentBytes) {
                incidents.add(IncidentAggregation.aggregateRolledUp(data.incidents(), index, incidentMeasures, tree,
                        threads));
            } else {
                Set<IncidentMeasure> read = EnumSet.copyOf(incidentMeasures);
                read.retainAll(MEASURES_READ);
                incidents.add(IncidentAggregation.aggregateSparse(data.incidents(), index, read, threads)
                        .rollUp(tree));
            }
        }
        List<Cube<DisputeMeasure>> disputes = sources.contains(Source.DISPUTES)
                ? List.of(RecordAggregation.aggregate(data.disputes(), index, threads).rollUp(tree, threads))
                : List.of();
        List<Cube<OutreachMeasure>> outreach = sources.contains(Source.OUTREACH)
                ? List.of(RecordAggregation.aggregate(data.outreach(), index, threads).rollUp(tree, threads))
                : List.of();
        return new Aggregates(tree, data.taxonomy(), data.populations(), incidents, disputes, outreach);
    }

    /**
     * With an incident cube added: its units must be the tree's and its columns the taxonomy's
     * categories. Rolled up here unless it already is.
     */
    public Aggregates withIncidents(Cube<IncidentMeasure> cube) {
        Check.argument(Objects.requireNonNull(cube, "cube").width() == taxonomy.size(),
                "the incident cube has %d categories; the taxonomy %d", cube.width(), taxonomy.size());
        List<Cube<IncidentMeasure>> more = new ArrayList<>(incidents);
        more.add(fit(cube));
        return new Aggregates(tree, taxonomy, populations, more, disputes, outreach);
    }

    /** With a dispute cube added: its units must be the tree's. Rolled up here unless it already is. */
    public Aggregates withDisputes(Cube<DisputeMeasure> cube) {
        List<Cube<DisputeMeasure>> more = new ArrayList<>(disputes);
        more.add(fit(Objects.requireNonNull(cube, "cube")));
        return new Aggregates(tree, taxonomy, populations, incidents, more, outreach);
    }

    /** With an outreach cube added: its units must be the tree's. Rolled up here unless it already is. */
    public Aggregates withOutreach(Cube<OutreachMeasure> cube) {
        List<Cube<OutreachMeasure>> more = new ArrayList<>(outreach);
        more.add(fit(Objects.requireNonNull(cube, "cube")));
        return new Aggregates(tree, taxonomy, populations, incidents, disputes, more);
    }

    private <M extends Enum<M>> Cube<M> fit(Cube<M> cube) {
        Check.argument(cube.units() == tree.size(), "the %s cube has %d units; the tree %d", cube.kind(),
                cube.units(), tree.size());
        return cube.isRolledUp() ? cube : cube.rollUp(tree);
    }

    /** The jurisdiction tree: the units, their codes, names, levels and parents. */
    public JurisdictionTree tree() {
        return tree;
    }

    /** The incident taxonomy: the categories of the incident cubes' columns, and their groups. */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The populations, for the rates per 10,000 residents and the expected zero shares. */
    public Populations populations() {
        return populations;
    }

    /** The incident cubes, rolled up, in the order added. */
    public List<Cube<IncidentMeasure>> incidents() {
        return incidents;
    }

    /** The dispute cubes, rolled up, in the order added. */
    public List<Cube<DisputeMeasure>> disputes() {
        return disputes;
    }

    /** The outreach cubes, rolled up, in the order added. */
    public List<Cube<OutreachMeasure>> outreach() {
        return outreach;
    }

    /** {@code Aggregates[557 units; incidents [2024, 2023]; disputes [2024, 2023]; outreach none]}. */
    @Override
    public String toString() {
        return "Aggregates[" + tree.size() + " units; incidents " + describe(incidents) + "; disputes "
                + describe(disputes) + "; outreach " + describe(outreach) + "]";
    }

    private static String describe(List<? extends Cube<?>> cubes) {
        return cubes.isEmpty() ? "none"
                : cubes.stream().map(c -> c.periods().periods().toString()).distinct()
                        .collect(Collectors.joining(" ")) + (cubes.size() > 1 ? " (" + cubes.size() + " cubes)" : "");
    }
}
