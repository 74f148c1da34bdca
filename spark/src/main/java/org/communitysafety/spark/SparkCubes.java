package org.communitysafety.spark;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.DisputeMeasure;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.aggregate.OutreachMeasure;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.Aggregates;
import org.communitysafety.indicators.IndicatorSettings;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.Results;

/**
 * What {@link CsiSpark#aggregate} computed: the merged cubes of each kind of record over the
 * periods (not rolled up), the rejected rows and the counts. The cubes are on the driver; the
 * rejects are a DataFrame over the partitions' cached output. Immutable.
 */
public final class SparkCubes {
    private final org.communitysafety.core.Dataset reference;
    private final List<Period> periods;
    private final Cube<IncidentMeasure> incidents;
    private final Cube<DisputeMeasure> disputes;
    private final Cube<OutreachMeasure> outreach;
    private final Dataset<Row> rejects;
    private final List<SourceCounts> counts;

    SparkCubes(org.communitysafety.core.Dataset reference, List<Period> periods, Cube<IncidentMeasure> incidents,
            Cube<DisputeMeasure> disputes, Cube<OutreachMeasure> outreach, Dataset<Row> rejects,
            List<SourceCounts> counts) {
        this.reference = reference;
        this.periods = List.copyOf(periods);
        this.incidents = incidents;
        this.disputes = disputes;
        this.outreach = outreach;
        this.rejects = rejects;
        this.counts = List.copyOf(counts);
    }

    /** The periods aggregated. */
    public List<Period> periods() {
        return periods;
    }

    /** The incidents' merged cube. */
    public Cube<IncidentMeasure> incidents() {
        return incidents;
    }

    /** The disputes' merged cube. */
    public Cube<DisputeMeasure> disputes() {
        return disputes;
    }

    /** The outreach sessions' merged cube. */
    public Cube<OutreachMeasure> outreach() {
        return outreach;
    }

    /** One row per problem of a rejected row ({@link CsiSpark#REJECTS}), in no particular order. */
    public Dataset<Row> rejects() {
        return rejects;
    }

    /** Rows read, accepted and rejected per source given, in the order incidents, disputes, outreach. */
    public List<SourceCounts> counts() {
        return counts;
    }

    /** The cubes with the reference data, for the indicator catalogue. */
    public Aggregates aggregates() {
        return Aggregates.of(reference.tree(), reference.taxonomy(), reference.populations()).withIncidents(incidents)
                .withDisputes(disputes).withOutreach(outreach);
    }

    /**
     * The whole catalogue for {@code settings} from these cubes, which must hold the settings'
     * period and baseline.
     */
    public SparkReport report(IndicatorSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Results results = Indicators.of(aggregates(), settings).compute();
        return new SparkReport(rejects.sparkSession(), results, rejects, counts);
    }

    @Override
    public String toString() {
        return "SparkCubes[" + periods + ", " + counts + "]";
    }
}
