package org.communitysafety.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.CubeCodec;
import org.communitysafety.core.aggregate.IncidentAccumulator;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.aggregate.RecordAccumulator;
import org.communitysafety.core.aggregate.RecordKind;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.FileSummary;
import org.communitysafety.core.io.ReadResult;
import org.communitysafety.core.io.RejectedRow;
import org.communitysafety.core.io.RowSource;
import org.communitysafety.core.period.Period;

/**
 * The first stage, run on each partition: the partition's rows validated by the core reader
 * ({@link DatasetReader#read(Map, org.communitysafety.core.io.ReadOptions)}) beside the
 * broadcast reference tables, the accepted records aggregated into one partial cube over the
 * periods, and out come the cube's bytes, the partition's counts and the problems of its
 * rejected rows. The reader keeps its own rules and messages; ids are unique within what it
 * reads, which is why {@link CsiSpark} brings the rows of an id into one partition first.
 * Serialisable; package-private.
 */
final class PartitionReader implements FlatMapFunction<Iterator<ListRowSource.Line>, Piece> {
    private static final long serialVersionUID = 1L;

    private final String base;
    private final List<String> header;
    private final int idPosition;
    private final List<String> periods;
    private final ShippedOptions options;
    private final Broadcast<ReferenceTables> reference;
    /** The id keys whose rows this pass defers to the pass by id (null: none deferred). */
    private final Broadcast<java.util.Set<String>> deferred;

    PartitionReader(String base, List<String> header, OptionalInt idPosition, List<Period> periods,
            ShippedOptions options, Broadcast<ReferenceTables> reference, Broadcast<java.util.Set<String>> deferred) {
        this.base = base;
        this.header = List.copyOf(header);
        this.idPosition = idPosition.orElse(-1);
        this.periods = periods.stream().map(Period::toString).toList();
        this.options = options;
        this.reference = reference;
        this.deferred = deferred;
    }

    @Override
    public Iterator<Piece> call(Iterator<ListRowSource.Line> rows) {
        Map<String, RowSource> sources = reference.value().sources();
        List<ListRowSource.Line> later = new ArrayList<>();
        if (deferred != null && idPosition >= 0) {
            rows = new Deferring(rows, deferred.value(), idPosition, later);
        }
        sources.put(base, new ListRowSource(header, rows));
        ReadResult read = DatasetReader.read(sources, options.toReadOptions());
        String file = DatasetReader.sourceName(base);
        List<Piece> out = new ArrayList<>();
        FileSummary summary = read.report().file(file);
        out.add(Piece.counts(summary.rowsRead(), summary.accepted(), summary.rejected()));
        for (RejectedRow r : read.report().rejected()) {
            if (!r.file().equals(file)) {
                continue;   // the reference tables' rows: checked once on the driver
            }
            String id = idPosition >= 0 && idPosition < r.fields().size() ? r.fields().get(idPosition) : "";
            for (org.communitysafety.core.io.Problem p : r.problems()) {
                out.add(Piece.problem(new Piece.Problem(base, r.line() - 1, r.line(), id, p.column().orElse(""),
                        p.value(), p.reason())));
            }
        }
        Dataset data = read.dataset().orElseThrow(() -> new IllegalStateException(
                "the reference data did not load on an executor: " + read.report()));
        out.add(Piece.cube(CubeCodec.toBytes(cube(base, ColumnarDataset.of(data), index(periods)))));
        later.forEach(l -> out.add(Piece.deferred(l)));
        return out.iterator();
    }

    /** The rows of a partition without those whose id key is in {@code keys}, which go to {@code later}. */
    private static final class Deferring implements Iterator<ListRowSource.Line> {
        private final Iterator<ListRowSource.Line> rows;
        private final java.util.Set<String> keys;
        private final int at;
        private final List<ListRowSource.Line> later;
        private ListRowSource.Line next;

        Deferring(Iterator<ListRowSource.Line> rows, java.util.Set<String> keys, int at,
                List<ListRowSource.Line> later) {
            this.rows = rows;
            this.keys = keys;
            this.at = at;
            this.later = later;
        }

        @Override
        public boolean hasNext() {
            while (next == null && rows.hasNext()) {
                ListRowSource.Line l = rows.next();
                if (at < l.fields().size() && keys.contains(IdKeys.key(l.fields().get(at)))) {
                    later.add(l);
                } else {
                    next = l;
                }
            }
            return next != null;
        }

        @Override
        public ListRowSource.Line next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            ListRowSource.Line l = next;
            next = null;
            return l;
        }
    }

    static PeriodIndex index(List<String> periods) {
        return PeriodIndex.of(periods.stream().map(Period::parse).toList());
    }

    /** The cube of one kind of record of {@code data} over {@code index}, not rolled up. */
    static Cube<?> cube(String base, ColumnarDataset data, PeriodIndex index) {
        int units = data.tree().size();
        return switch (base) {
            case "incidents" -> IncidentAccumulator.create(units, data.taxonomy().size(), index)
                    .add(data.incidents()).snapshot();
            case "disputes" -> RecordAccumulator.create(RecordKind.DISPUTES, units, index).add(data.disputes())
                    .snapshot();
            case "outreach" -> RecordAccumulator.create(RecordKind.OUTREACH, units, index).add(data.outreach())
                    .snapshot();
            default -> throw new IllegalArgumentException("not a kind of record: " + base);
        };
    }
}
