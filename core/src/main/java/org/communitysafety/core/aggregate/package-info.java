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
 * days and days to clear are at most 65,534 (179 years). Rows are grouped by unit when the
 * store is built, so a pass fills the cube one unit's block at a time, in cache.
 *
 * <h2>One pass</h2>
 * For each record, the periods containing the day it occurred — one array read when the
 * periods are disjoint (months of three years; a year and its baseline), a short slot range
 * when they overlap (a year, its months and a year to date) — and one increment per measure
 * at {@code (unit × periods + period) × categories + category}; then the periods containing
 * the day it was cleared, for {@code CLEARANCES} and the days-to-clear distribution. No
 * allocation and no hashing per record; the delays are packed into one {@code long} each and
 * grouped by a counting sort in the snapshot. A counts-only pass over disjoint periods is a
 * look-up and an increment. The cube holds 8 bytes × measures × units × periods × categories:
 * 7 × 557 × 2 × 18 × 8 = 1.1 MB for the standard sample's year and baseline, 7 × 3,500 × 2 ×
 * 18 × 8 = 7 MB for a large city.
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
 * {@link org.communitysafety.core.aggregate.IncidentAggregation#aggregate} splits the rows into
 * contiguous chunks of at least 10,000, fills one accumulator per thread and merges them; by
 * the laws the cube does not depend on the number of threads (tested with 1, 2 and 3).
 * Accumulators are not thread-safe; stores, indices and cubes are immutable and shared freely.
 *
 * <h2>Serialised forms</h2>
 * {@link org.communitysafety.core.aggregate.CubeCodec} writes a compact binary form: magic
 * {@code CSIC}, version, kind, shape, periods as text, each measure as LEB128 varints with runs
 * of zeros run-length encoded, the distributions as delta-encoded sparse rows, and a CRC-32. The
 * standard sample's year-and-baseline cube takes 75 KB, 6.7% of its 1.1 MB of {@code long}s;
 * its 36 months 1.9%. Reading checks every field and throws
 * {@link java.lang.IllegalArgumentException} on corrupt input. {@code io.json.CubeJson} writes
 * the same parts as readable JSON.
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
