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
import org.communitysafety.indicators.IndicatorSettings;

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

    /** TEMPORARY until Aggregates lands on main. */
    public SparkReport report(IndicatorSettings settings) {
        Objects.requireNonNull(settings, "settings");
        throw new UnsupportedOperationException("needs Aggregates (issue 15 part 1)");
    }

    @Override
    public String toString() {
        return "SparkCubes[" + periods + ", " + counts + "]";
    }
}
