/**
 * CSI on Apache Spark: {@link org.communitysafety.spark.CsiSpark} reads records from any
 * DataFrame, validates them with the core reader and aggregates them into the core's cubes,
 * partition by partition; the merged cubes give the indicator catalogue's rows.
 *
 * <h2>The two stages</h2>
 * <pre>
 *   driver:    reference files ─ core reader ─▶ tree, taxonomy, populations ─ broadcast (as text rows)
 *   partition: rows ─ text fields ─ DatasetReader.read(Map) ─▶ accepted records ─ accumulator ─▶ cube bytes
 *                                                         └──▶ rejected rows' problems, counts
 *   tree:      cube bytes ─ Cube.plus ─▶ … ─▶ merged cube (driver) ─ Aggregates ─ Indicators ─▶ rows
 * </pre>
 * What travels is small and fixed by the shape of the cube, not by the data: a partial is
 * {@code CubeCodec}'s bytes of 8-byte figures × 7 measures × units × periods × categories,
 * varint- and run-length-encoded (75 KB for the sample's 557 units over a year and its baseline).
 * The rows themselves move only for ids that occur more than once (found by a count of the ids),
 * so that the reader sees all of an id's rows together.
 *
 * <h2>Why the reader runs on every partition</h2>
 * So that a row is judged by exactly the rules, messages and reference data of {@code csi
 * validate} and {@code csi report}: the reference tables are a few thousand rows, read again
 * beside each partition in milliseconds, and the reader keeps its own books (rows read = accepted
 * + rejected). The price is the reader's object path (an object per record while its partition
 * is read), not the column stores' fast path for plain CSV files; see the module's README for
 * sizing and the benchmark.
 */
package org.communitysafety.spark;
