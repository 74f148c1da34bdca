/**
 * The aggregation core: records in columns of primitives, one pass over them into dense
 * arrays of exact {@code long} figures, and immutable cubes that add up, roll up and travel.
 *
 * <h2>What is here</h2>
 * One design for every kind of record, {@linkplain org.communitysafety.core.aggregate.RecordKind
 * described, not copied}:
 * <pre>
 *   read ─▶ store ─────────▶ accumulate ──────────────────────▶ cube ─▶ roll up ─▶ indicators
 *   incidents:     IncidentStore      IncidentAccumulator, IncidentAggregation  Cube&lt;IncidentMeasure&gt;
 *   disputes:      RecordStore&lt;M&gt;   RecordAccumulator, RecordAggregation      Cube&lt;DisputeMeasure&gt;
 *   outreach:      RecordStore&lt;M&gt;   RecordAccumulator, RecordAggregation      Cube&lt;OutreachMeasure&gt;
 * </pre>
 * <ul>
 *   <li>{@link org.communitysafety.core.aggregate.RecordKind}: a kind of record — {@code
 *       INCIDENTS}, {@code DISPUTES}, {@code OUTREACH} — as a description: its measures (the enums
 *       {@link org.communitysafety.core.aggregate.IncidentMeasure}, {@link
 *       org.communitysafety.core.aggregate.DisputeMeasure}, {@link
 *       org.communitysafety.core.aggregate.OutreachMeasure}, which document each figure), its date
 *       columns, its type axis (taxonomy categories, or the {@code DisputeType} / {@code
 *       OutreachType} enum), the measure that carries a distribution of days ({@code CLEARANCES}:
 *       days to clear; {@code CONCLUDED}: days to close; none for outreach) and its name in
 *       serialised cubes;</li>
 *   <li>{@link org.communitysafety.core.aggregate.Cube}: the one immutable result for every kind,
 *       one figure per measure per (unit, period, column) and, with the kind's distribution
 *       measure, an exact {@link org.communitysafety.core.aggregate.DayDistribution} per (unit,
 *       period); read by index in hot loops or by unit code and {@code Period} in notebooks;</li>
 *   <li>{@link org.communitysafety.core.aggregate.PeriodIndex}: the periods to fill, with an O(1)
 *       look-up from a day to the periods containing it;</li>
 *   <li>incidents, the large kind, have a specialised store and filler: {@link
 *       org.communitysafety.core.aggregate.IncidentStore} (10 bytes a row, rows sorted by unit and
 *       day), {@link org.communitysafety.core.aggregate.IncidentAccumulator} and {@link
 *       org.communitysafety.core.aggregate.IncidentAggregation} (threads split the units);</li>
 *   <li>the other kinds share one column store, {@link
 *       org.communitysafety.core.aggregate.RecordStore} (built by {@link
 *       org.communitysafety.core.aggregate.DisputeStoreBuilder} and {@link
 *       org.communitysafety.core.aggregate.OutreachStoreBuilder}, which keep each kind's row
 *       rules), one {@link org.communitysafety.core.aggregate.RecordAccumulator} and one {@link
 *       org.communitysafety.core.aggregate.RecordAggregation} (threads split the rows and merge):
 *       merging, snapshots, distributions and the parallel scheme are written once, and only the
 *       pass that fills a kind's measures is the kind's ({@code DisputeLedger}: received,
 *       resolved, concluded, the backlog ledger opening + received − concluded = closing, old
 *       backlog, days to close; {@code OutreachSums}: sessions, audience, hazards …);</li>
 *   <li>{@link org.communitysafety.core.aggregate.CubeCodec}: cubes of every kind as bytes and as
 *       a neutral {@link org.communitysafety.core.aggregate.CubeCodec.Parts} value (JSON in
 *       {@code io.json.CubeJson}), through the same code.</li>
 * </ul>
 * {@link org.communitysafety.core.aggregate.ColumnarDataset} holds the three stores with the tree,
 * taxonomy and populations; {@code DatasetReader.readColumnar} fills it straight from CSV or
 * JSON Lines, validating every row, with no object per record. A kind to come (a new kind would
 * be a {@code RecordKind} constant, its measure enum, its store builder and its filling pass)
 * reuses the cube, the codec, the merge and the laws' tests unchanged. Issue 12's timestamps and
 * places are columns of incidents instead, allocated only when a file has them, and read by
 * {@link org.communitysafety.core.aggregate.IncidentTimes}' scans (the crime clock, reporting
 * delays), not by the cube's pass.
 *
 * <h2>Store layout</h2>
 * <pre>
 *   unit int · day char (from the store's first day) · category byte · flags byte
 *   · days-to-clear char                                                     10 bytes a record
 *   amounts, sparse: row int · loss &lt;&lt; 32 | recovered long                  12 bytes each
 *     (an amount of 2^32 fen or more: index int · loss long · recovered long  + 20 bytes)
 *   when some incident has them: minute of day char · minutes to report char  4 bytes a record
 *                                latitude int · longitude int (microdegrees)
 *                                · reference system byte                      9 bytes a record
 * </pre>
 * No object per record, no boxing, no strings: the standard sample (50,000 incidents, 14,502
 * with an amount) takes 13.5 bytes an incident (at most 16), where a {@code List<Incident>} takes well over
 * a hundred (an object per record, per date and per string). A store spans at most 65,536
 * days and days to clear are at most 65,534 (179 years). Rows are ordered by unit and, within a
 * unit, by day when the store is built (two stable counting sorts), and the store keeps where
 * each unit's rows start (4 bytes a unit, not a record): a pass fills the cube one unit's block at
 * a time, in cache, and the rows of a unit in a period are one range found by binary search.
 *
 * <p>A {@link org.communitysafety.core.aggregate.RecordStore} holds unit (4 bytes), type (1),
 * day (4), the kind's byte codes and {@code int} figures, and one sparse amount (12 bytes each):
 * a dispute takes 14 bytes (status 1, days to close 4) — 2 more than the former dispute store,
 * which held the days to close as a {@code char}: 18.4 bytes a dispute in the standard sample
 * instead of 16.4 (+12%) — and an outreach session 41, as before (41.5 in the sample). Their
 * accumulators keep the measures of a cell side by side in one {@code long[]} (cell × measures +
 * measure), where the former dispute accumulator kept {@code int} counters per measure: 8 bytes
 * × 9 measures × units × periods × 10 types while accumulating, 5 MB for 3,500 units over a year
 * and its baseline.
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
 * counted by the period of the day cleared — over disjoint periods in the same loop for the rows
 * cleared in the period they occurred in (most), the others gathered without a branch from the
 * blocks that can hold them — the days to clear in a dense per-unit histogram (under 512 days;
 * longer ones collected), emptied in order at the end of the unit: a pass produces the
 * distributions already sorted, and the roll-up adds them through a bitmap of days, so they stay
 * sorted without a sort. No allocation and no
 * hashing per record. {@link org.communitysafety.core.aggregate.IncidentAccumulator#of
 * IncidentAccumulator.of} and {@link org.communitysafety.core.aggregate.IncidentAggregation#aggregate(
 * IncidentStore, PeriodIndex, java.util.Set, int) IncidentAggregation.aggregate(store, periods,
 * measures, threads)} fill only the measures asked for (always with {@code COUNT}; the
 * distributions only with {@code CLEARANCES}); the cube throws {@link
 * java.lang.IllegalStateException} for a measure it does not hold, never a silent zero. The cube
 * holds 8 bytes × measures × units × periods × categories: 7 × 557 × 2 × 18 × 8 = 1.1 MB for the
 * standard sample's year and baseline, 7 × 3,500 × 2 × 18 × 8 = 7 MB for a large city, but
 * 150 MB a measure and period for a million villages. For such a tree {@link
 * org.communitysafety.core.aggregate.IncidentAggregation#aggregateSparse
 * IncidentAggregation.aggregateSparse} runs the same pass over ranges of units whose dense arrays
 * hold at most 65,536 cells a measure (512 KB, never a humongous object for G1), keeps each
 * range's non-zero cells and joins them: the very sparse cube of the dense pass, without its
 * dense arrays.
 *
 * <h2>Laws</h2>
 * Tested once for every kind — incidents with detail and counts only, disputes, outreach — as
 * properties over seeded random inputs against a naive reference written with streams over the
 * records ({@code CubeLawsPropertyTest}):
 * <ul>
 *   <li>the cube equals the reference in every cell, with detail and counts only, over
 *       overlapping, disjoint and empty periods;</li>
 *   <li>{@code merge} and {@link org.communitysafety.core.aggregate.Cube#plus plus} are
 *       associative and commutative, {@code empty} is the identity, and any split of the input
 *       merged gives the cube of the whole;</li>
 *   <li>after {@link org.communitysafety.core.aggregate.Cube#rollUp rollUp} every unit
 *       is its own records plus its children's, equal to the reference over its subtree; roll-up
 *       is linear, so it commutes with {@code plus}; rolling up twice is an
 *       {@link java.lang.IllegalStateException};</li>
 *   <li>serialising and reading back gives an equal cube;</li>
 *   <li>disputes: opening backlog + received − concluded = closing backlog in every cell.</li>
 * </ul>
 *
 * <h2>Parallelism</h2>
 * {@link org.communitysafety.core.aggregate.IncidentAggregation#aggregate} splits the units into
 * contiguous groups of about equal rows (at least 10,000 a thread); since a cube's cells are
 * unit-major, each thread fills its own units' blocks of one shared set of arrays, so nothing is
 * merged and the cube takes the arrays without a copy; the threads' days-to-clear runs are
 * appended in unit order. The cube does not depend on the number of threads (tested with 1, 2,
 * 3 and 8, and with one unit holding most rows). {@link
 * org.communitysafety.core.aggregate.RecordAggregation} (disputes, outreach) splits the rows into
 * chunks and merges the accumulators; for a large tree (dense sums above 16M, at least one
 * record for 32 cells: a million villages' 3 million disputes) it groups the rows by ranges of
 * units once (a copy of the store's columns, 18 bytes a dispute) and fills one small dense
 * accumulator a thread range by range, keeping each range's non-zero cells as the incidents'
 * sparse pass does: no hashing and no merge, and the same cube as the hashed accumulators'.
 * {@link org.communitysafety.core.aggregate.IncidentAggregation#aggregateRolledUp} cuts the tree
 * into pieces of whole subtrees (the dense indices are in post-order, so a subtree is a range of
 * units and of rows), each added and rolled up by the thread that takes it, the few units above
 * them rolled up by the thread that finishes their last child. The threads besides the calling
 * one are a crew of daemon threads, one fewer than the processors, that spin for a millisecond
 * for more work before they park: a parked thread took up to several milliseconds to wake on a
 * virtual machine, a large part of a pass of ten. Accumulators are not thread-safe; stores,
 * indices and cubes are immutable and shared freely.
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
 *     Cube<IncidentMeasure> part = IncidentAccumulator.create(tree.size(), taxonomy.size(), periods)
 *             .add(store).snapshot();
 *     return List.of(CubeCodec.toBytes(part)).iterator();
 * }, Encoders.BINARY());
 *
 * final class AddCubes extends Aggregator<byte[], byte[], byte[]> {
 *     public byte[] zero() {                                   // the identity
 *         return CubeCodec.toBytes(Cube.empty(RecordKind.INCIDENTS, tree.size(), periods, taxonomy.size()));
 *     }
 *     public byte[] reduce(byte[] total, byte[] part) { return merge(total, part); }
 *     public byte[] merge(byte[] a, byte[] b) {                // plus: associative, commutative
 *         return CubeCodec.toBytes(CubeCodec.fromBytes(a, INCIDENTS).plus(CubeCodec.fromBytes(b, INCIDENTS)));
 *     }
 *     public byte[] finish(byte[] total) {                     // roll up once, at the end
 *         return CubeCodec.toBytes(CubeCodec.fromBytes(total, INCIDENTS).rollUp(tree));
 *     }
 *     public Encoder<byte[]> bufferEncoder() { return Encoders.BINARY(); }
 *     public Encoder<byte[]> outputEncoder() { return Encoders.BINARY(); }
 * }
 * Cube<IncidentMeasure> cube = CubeCodec.fromBytes(
 *         partials.select(new AddCubes().toColumn()).first(), INCIDENTS);
 * }</pre>
 * (with {@code import static org.communitysafety.core.aggregate.RecordKind.INCIDENTS}). The same
 * {@code AddCubes} serves disputes and outreach with {@code DISPUTES} or {@code OUTREACH}: the
 * first stage aggregates a {@link org.communitysafety.core.aggregate.RecordStore} with a {@link
 * org.communitysafety.core.aggregate.RecordAccumulator}, and the bytes are the same codec's.
 * An {@code Aggregator<Row, byte[], byte[]>} taking rows one at a time maps the same way —
 * {@code reduce} builds a one-row store, snapshots it and adds it — and is correct, but decodes
 * and re-encodes the whole cube for every row, so it suits small cubes only. A Spark
 * {@code Encoder} must be of the buffer's own type, so a buffer of the library's types
 * ({@code IncidentAccumulator}, {@code Cube}) would need Spark's Kryo or Java
 * serialisation instead of {@code CubeCodec}; bytes keep the wire form ours.
 *
 * <p>Flink's {@code AggregateFunction<IN, ACC, OUT>} ({@code createAccumulator}, {@code add},
 * {@code merge}, {@code getResult}) and Beam's {@code CombineFn<InputT, AccumT, OutputT>}
 * ({@code createAccumulator}, {@code addInput}, {@code mergeAccumulators},
 * {@code extractOutput}) take rows one at a time and let the accumulator be any object with a
 * serialiser. There the accumulator holds an {@code IncidentStore.Builder} of pending rows and
 * a partial {@code Cube}: {@code add} appends a row and, every few thousand rows,
 * aggregates the pending store and {@code plus}es it into the cube (starting a new builder);
 * {@code merge} flushes both sides and adds the cubes; the result is the flushed cube rolled
 * up. The serialiser — a Flink {@code TypeSerializer} or a Beam {@code CustomCoder} — flushes
 * and writes {@link org.communitysafety.core.aggregate.CubeCodec#write CubeCodec.write}, and
 * reads with {@link org.communitysafety.core.aggregate.CubeCodec#read(java.io.InputStream, org.communitysafety.core.aggregate.RecordKind)
 * CubeCodec.read(in, kind)}, which reads exactly one cube and leaves the stream after it, as a
 * coder in a nested context must.
 */
package org.communitysafety.core.aggregate;
