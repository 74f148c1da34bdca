/**
 * The aggregation core: records in columns of primitives, one pass over them into dense
 * arrays of exact {@code long} figures, and immutable cubes that add up, roll up and travel.
 *
 * <h2>What is here</h2>
 * <ul>
 *   <li>{@link org.communitysafety.core.aggregate.IncidentStore}: incidents as columns, built by
 *       readers or from a {@link org.communitysafety.core.Dataset};</li>
 *   <li>{@link org.communitysafety.core.aggregate.PeriodIndex}: the periods to fill, with an
 *       O(1) look-up from a day to the periods containing it;</li>
 *   <li>{@link org.communitysafety.core.aggregate.IncidentAccumulator}: the mutable, one-pass
 *       side; {@link org.communitysafety.core.aggregate.IncidentCube}: the immutable result, one
 *       figure per {@link org.communitysafety.core.aggregate.IncidentMeasure} per (unit, period,
 *       category), and an exact {@link org.communitysafety.core.aggregate.DayDistribution} of
 *       days to clear per (unit, period);</li>
 *   <li>{@link org.communitysafety.core.aggregate.IncidentAggregation}: the same on several
 *       threads;</li>
 *   <li>{@link org.communitysafety.core.aggregate.CubeCodec}: cubes as bytes and as a neutral
 *       {@link org.communitysafety.core.aggregate.CubeCodec.Parts} value (JSON in
 *       {@code io.json.CubeJson}).</li>
 * </ul>
 * Disputes ({@link org.communitysafety.core.aggregate.DisputeStore}, {@link
 * org.communitysafety.core.aggregate.DisputeCube}: received, resolved, concluded, the backlog
 * ledger opening + received − concluded = closing, old backlog, days to close) and outreach
 * ({@link org.communitysafety.core.aggregate.OutreachStore}, {@link
 * org.communitysafety.core.aggregate.OutreachCube}: sessions, audience, hazards …) follow the
 * same pattern and share the codec through the package-private {@code CubeParts}. {@link
 * org.communitysafety.core.aggregate.ColumnarDataset} holds the three stores with the tree,
 * taxonomy and populations; {@code DatasetReader.readColumnar} fills it straight from CSV or
 * JSON Lines, validating every row, with no object per record.
 *
 * <h2>Store layout</h2>
 * <pre>
 *   unit int · day char (from the store's first day) · category byte · flags byte
 *   · days-to-clear char                                                     10 bytes a record
 *   amounts, sparse: row int · loss long · recovered long                    20 bytes each
 * </pre>
 * No object per record, no boxing, no strings: the standard sample (50,000 incidents, 14,502
 * with an amount) takes 15.8 bytes an incident, where a {@code List<Incident>} takes well over
 * a hundred (an object per record, per date and per string). A store spans at most 65,536
 * days and days to clear are at most 65,534 (179 years). Rows are ordered by unit and, within a
 * unit, by day when the store is built (two stable counting sorts), and the store keeps where
 * each unit's rows start (4 bytes a unit, not a record): a pass fills the cube one unit's block at
 * a time, in cache, and the rows of a unit in a period are one range found by binary search.
 *
 * <h2>One pass</h2>
 * Unit by unit: the rows of the periods' span (two binary searches; a one-year question over
 * three years of data reads a third of the rows), cut into runs of one period (disjoint
 * periods: months, a year and its baseline) or one binary-searched range per period
 * (overlapping: a year, its months, a year to date). A row of a run is one increment of a
 * small counter array indexed by its category, its flags and whether it was cleared by the
 * period's end, and its row number mod 4 (so that consecutive rows of one category do not wait
 * on each other); at the end of the run the counters are added into the cube at {@code (unit ×
 * periods + period) × categories + category}. No branch depends on the data. Then, for
 * {@code CLEARANCES} and the days-to-clear distribution, the rows cleared within the span are
 * gathered without a branch and counted by the period of the day cleared, the days to clear in
 * a dense per-unit histogram (under 512 days; longer ones collected), emptied in order at the
 * end of the unit: a pass produces the distributions already sorted. No allocation and no
 * hashing per record. {@link org.communitysafety.core.aggregate.IncidentAccumulator#of
 * IncidentAccumulator.of} and {@link org.communitysafety.core.aggregate.IncidentAggregation#aggregate(
 * IncidentStore, PeriodIndex, java.util.Set, int) IncidentAggregation.aggregate(store, periods,
 * measures, threads)} fill only the measures asked for (always with {@code COUNT}; the
 * distributions only with {@code CLEARANCES}); the cube throws {@link
 * java.lang.IllegalStateException} for a measure it does not hold, never a silent zero. The cube
 * holds 8 bytes × measures × units × periods × categories: 7 × 557 × 2 × 18 × 8 = 1.1 MB for the
 * standard sample's year and baseline, 7 × 3,500 × 2 × 18 × 8 = 7 MB for a large city.
 *
 * <h2>Laws</h2>
 * Tested as properties over seeded random inputs against a naive reference written with
 * streams over the records:
 * <ul>
 *   <li>the cube equals the reference in every cell, with detail and counts only, over
 *       overlapping, disjoint and empty periods;</li>
 *   <li>{@code merge} and {@link org.communitysafety.core.aggregate.IncidentCube#plus plus} are
 *       associative and commutative, {@code empty} is the identity, and any split of the input
 *       merged gives the cube of the whole;</li>
 *   <li>after {@link org.communitysafety.core.aggregate.IncidentCube#rollUp rollUp} every unit
 *       is its own records plus its children's, equal to the reference over its subtree; roll-up
 *       is linear, so it commutes with {@code plus}; rolling up twice is an
 *       {@link java.lang.IllegalStateException};</li>
 *   <li>serialising and reading back gives an equal cube.</li>
 * </ul>
 *
 * <h2>Parallelism</h2>
 * {@link org.communitysafety.core.aggregate.IncidentAggregation#aggregate} splits the units into
 * contiguous groups of about equal rows (at least 10,000 a thread); since a cube's cells are
 * unit-major, each thread fills its own units' blocks of one shared set of arrays, so nothing is
 * merged and the cube takes the arrays without a copy; the threads' days-to-clear runs are
 * appended in unit order. The cube does not depend on the number of threads (tested with 1, 2,
 * 3 and 8, and with one unit holding most rows). Disputes and outreach split rows into chunks and
 * merge accumulators. Accumulators are not thread-safe; stores, indices and cubes are immutable
 * and shared freely.
 *
 * <h2>Serialised forms</h2>
 * {@link org.communitysafety.core.aggregate.CubeCodec} writes a compact binary form: magic
 * {@code CSIC}, version, kind, shape, periods as text, each measure as LEB128 varints with runs
 * of zeros run-length encoded, the distributions as delta-encoded sparse rows, and a CRC-32. The
 * standard sample's year-and-baseline cube takes 75 KB, 6.7% of its 1.1 MB of {@code long}s;
 * its 36 months 1.9%. Reading checks every field and throws
 * {@link java.lang.IllegalArgumentException} on corrupt input. {@code io.json.CubeJson} writes
 * the same parts as readable JSON. Both forms hold cubes with every measure or counts only; a
 * cube of some measures ({@code IncidentAccumulator.of}) is a local answer, and serialising it is
 * an {@link java.lang.IllegalStateException} that says so.
 *
 * <h2>Wrapping in a distributed engine</h2>
 * Spark's {@code Aggregator}, Flink's {@code AggregateFunction} and Beam's {@code CombineFn}
 * all aggregate as create / add / merge / finish, which is this package's zero / add /
 * {@code plus} / {@code rollUp}; the shipped state is {@code CubeCodec} bytes, so the engine
 * needs no serialiser of its own and this module no engine dependency (an adapter module would
 * take the engine as a {@code provided} dependency).
 *
 * <p>The fast shape is two stages: each partition builds an {@code IncidentStore} from its
 * rows and aggregates it in one pass into one partial cube, shipped as bytes; the partials are
 * then added with {@code plus}, in any order and grouping, and the total rolled up once. With
 * Spark (Java API), the second stage as an {@code Aggregator<byte[], byte[], byte[]>}:
 * <pre>{@code
 * Dataset<byte[]> partials = rows.mapPartitions((MapPartitionsFunction<Row, byte[]>) it -> {
 *     IncidentStore.Builder b = IncidentStore.builder(tree, taxonomy);
 *     it.forEachRemaining(r -> b.add(r.getInt(0), r.getInt(1), r.getInt(2), r.getInt(3),
 *             r.getBoolean(4), r.getBoolean(5), r.getLong(6), r.getLong(7)));   // the hot-path add
 *     IncidentStore store = b.build();
 *     IncidentCube part = IncidentAccumulator.create(tree.size(), taxonomy.size(), periods)
 *             .add(store).snapshot();
 *     return List.of(CubeCodec.toBytes(part)).iterator();
 * }, Encoders.BINARY());
 *
 * final class AddCubes extends Aggregator<byte[], byte[], byte[]> {
 *     public byte[] zero() {                                   // the identity
 *         return CubeCodec.toBytes(IncidentCube.empty(tree.size(), periods, taxonomy.size(), true));
 *     }
 *     public byte[] reduce(byte[] total, byte[] part) { return merge(total, part); }
 *     public byte[] merge(byte[] a, byte[] b) {                // plus: associative, commutative
 *         return CubeCodec.toBytes(CubeCodec.incidentsFromBytes(a).plus(CubeCodec.incidentsFromBytes(b)));
 *     }
 *     public byte[] finish(byte[] total) {                     // roll up once, at the end
 *         return CubeCodec.toBytes(CubeCodec.incidentsFromBytes(total).rollUp(tree));
 *     }
 *     public Encoder<byte[]> bufferEncoder() { return Encoders.BINARY(); }
 *     public Encoder<byte[]> outputEncoder() { return Encoders.BINARY(); }
 * }
 * IncidentCube cube = CubeCodec.incidentsFromBytes(
 *         partials.select(new AddCubes().toColumn()).first());
 * }</pre>
 * An {@code Aggregator<Row, byte[], byte[]>} taking rows one at a time maps the same way —
 * {@code reduce} builds a one-row store, snapshots it and adds it — and is correct, but decodes
 * and re-encodes the whole cube for every row, so it suits small cubes only. A Spark
 * {@code Encoder} must be of the buffer's own type, so a buffer of the library's types
 * ({@code IncidentAccumulator}, {@code IncidentCube}) would need Spark's Kryo or Java
 * serialisation instead of {@code CubeCodec}; bytes keep the wire form ours.
 *
 * <p>Flink's {@code AggregateFunction<IN, ACC, OUT>} ({@code createAccumulator}, {@code add},
 * {@code merge}, {@code getResult}) and Beam's {@code CombineFn<InputT, AccumT, OutputT>}
 * ({@code createAccumulator}, {@code addInput}, {@code mergeAccumulators},
 * {@code extractOutput}) take rows one at a time and let the accumulator be any object with a
 * serialiser. There the accumulator holds an {@code IncidentStore.Builder} of pending rows and
 * a partial {@code IncidentCube}: {@code add} appends a row and, every few thousand rows,
 * aggregates the pending store and {@code plus}es it into the cube (starting a new builder);
 * {@code merge} flushes both sides and adds the cubes; the result is the flushed cube rolled
 * up. The serialiser — a Flink {@code TypeSerializer} or a Beam {@code CustomCoder} — flushes
 * and writes {@link org.communitysafety.core.aggregate.CubeCodec#write CubeCodec.write}, and
 * reads with {@link org.communitysafety.core.aggregate.CubeCodec#readIncidents
 * CubeCodec.readIncidents}, which reads exactly one cube and leaves the stream after it, as a
 * coder in a nested context must.
 */
package org.communitysafety.core.aggregate;
